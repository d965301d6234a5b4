package io.mentormatch.api.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.solver.MatchingResult;

/** What a matching run keeps from the current proposals, and how its result becomes the director's drafts. */
@Component
public class ProposalDrafts {

    private final ProposalRepository proposals;
    private final Roster roster;
    private final Clock clock;

    ProposalDrafts(ProposalRepository proposals, Roster roster, Clock clock) {
        this.proposals = proposals;
        this.roster = roster;
        this.clock = clock;
    }

    /** Pairings a new run must keep: accepted ones (the brief pins them in every later run), sent and pinned ones. */
    @Transactional(readOnly = true)
    public List<Pair> keptPairs(long cohortId) {
        Codes codes = codes(cohortId);
        return proposals.findLive(cohortId).stream()
                .filter(p -> p.isPinned() || p.isSent())
                .map(p -> codes.pair(p.getResidentId(), p.getMentorId())).toList();
    }

    /**
     * Replaces the cohort's unsent drafts by the run's pairings, in the caller's transaction (the one that stores
     * the run's result). Residents whose proposal was already sent keep it; a pin survives on its pair, and a
     * pair pinned in the roster itself comes out pinned, so the director cannot move it by hand by mistake.
     *
     * @param cohort the cohort as the run solved it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceDrafts(long cohortId, long runId, Cohort cohort, MatchingResult result) {
        Codes codes = codes(cohortId);
        boolean peerMentoring = cohort.peerMentoring() != null;
        // a resident has one pairing per layer: a sent one keeps its layer out of the new drafts
        Set<Map.Entry<Long, Layer>> sent = new HashSet<>();
        Set<Pair> pinned = new HashSet<>(cohort.pinned());
        for (ProposalEntity live : proposals.findLive(cohortId)) {
            if (live.isSent()) {
                sent.add(Map.entry(live.getResidentId(),
                        Layer.of(peerMentoring, codes.mentorKinds.get(live.getMentorId()))));
            } else {
                if (live.isPinned()) {
                    pinned.add(codes.pair(live.getResidentId(), live.getMentorId()));
                }
                live.supersede(clock.instant());
            }
        }
        proposals.flush();
        List<MatchingResult.Assignment> assignments = new ArrayList<>(result.assignments());
        if (result.peerLayer() != null) {
            assignments.addAll(result.peerLayer().assignments());
        }
        for (MatchingResult.Assignment assignment : assignments) {
            long residentId = codes.residentIds.get(assignment.resident());
            long mentorId = codes.mentorIds.get(assignment.mentor());
            if (!sent.contains(Map.entry(residentId, Layer.of(peerMentoring, codes.mentorKinds.get(mentorId))))) {
                ProposalEntity draft = new ProposalEntity(cohortId, runId, residentId, mentorId,
                        assignment.pairScore(), assignment.reasons());
                draft.setPinned(pinned.contains(new Pair(new ResidentId(assignment.resident()), new MentorId(assignment.mentor()))));
                proposals.save(draft);
            }
        }
    }

    private Codes codes(long cohortId) {
        Map<String, Long> residentIds = new HashMap<>();
        Map<String, Long> mentorIds = new HashMap<>();
        Map<Long, String> residentCodes = new HashMap<>();
        Map<Long, String> mentorCodes = new HashMap<>();
        Map<Long, MentorKind> mentorKinds = new HashMap<>();
        for (ResidentView r : roster.residentsOf(cohortId)) {
            residentIds.put(r.code(), r.id());
            residentCodes.put(r.id(), r.code());
        }
        for (MentorView m : roster.mentorsOf(cohortId)) {
            mentorIds.put(m.code(), m.id());
            mentorCodes.put(m.id(), m.code());
            mentorKinds.put(m.id(), m.kind());
        }
        return new Codes(residentIds, mentorIds, residentCodes, mentorCodes, mentorKinds);
    }

    /** The cohort's codes (the core model's ids) and database ids, both ways. */
    private record Codes(Map<String, Long> residentIds, Map<String, Long> mentorIds, Map<Long, String> residentCodes,
                         Map<Long, String> mentorCodes, Map<Long, MentorKind> mentorKinds) {

        Pair pair(long residentId, long mentorId) {
            return new Pair(new ResidentId(residentCodes.get(residentId)), new MentorId(mentorCodes.get(mentorId)));
        }
    }
}
