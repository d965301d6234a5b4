package io.mentormatch.api.proposal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.CohortLoader;
import io.mentormatch.api.roster.CohortLoader.PairIds;
import io.mentormatch.core.solver.MatchingResult;

/** What a matching run keeps from the current proposals, and how its result becomes the director's drafts. */
@Component
public class ProposalDrafts {

    private final ProposalRepository proposals;
    private final Clock clock;

    ProposalDrafts(ProposalRepository proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    /** Pairings a new run must keep: accepted ones (the brief pins them in every later run), sent and pinned ones. */
    @Transactional(readOnly = true)
    public List<PairIds> keptPairs(long cohortId) {
        return proposals.findLive(cohortId).stream()
                .filter(p -> p.isPinned() || p.isSent())
                .map(p -> new PairIds(p.getResidentId(), p.getMentorId())).toList();
    }

    /**
     * Replaces the cohort's unsent drafts by the run's pairings, in the caller's transaction (the one that stores
     * the run's result). Residents whose proposal was already sent keep it; a pin survives on its pair.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceDrafts(long cohortId, long runId, CohortLoader.Loaded loaded, MatchingResult result) {
        Set<Long> sentResidents = new HashSet<>();
        Set<PairIds> pinnedDrafts = new HashSet<>();
        for (ProposalEntity live : proposals.findLive(cohortId)) {
            if (live.isSent()) {
                sentResidents.add(live.getResidentId());
            } else {
                if (live.isPinned()) {
                    pinnedDrafts.add(new PairIds(live.getResidentId(), live.getMentorId()));
                }
                live.supersede(clock.instant());
            }
        }
        proposals.flush();
        for (MatchingResult.Assignment assignment : result.assignments()) {
            long residentId = loaded.residentIds().get(assignment.resident());
            long mentorId = loaded.mentorIds().get(assignment.mentor());
            if (!sentResidents.contains(residentId)) {
                ProposalEntity draft = new ProposalEntity(cohortId, runId, residentId, mentorId,
                        assignment.pairScore(), assignment.reasons());
                draft.setPinned(pinnedDrafts.contains(new PairIds(residentId, mentorId)));
                proposals.save(draft);
            }
        }
    }
}
