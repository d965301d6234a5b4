package io.mentormatch.api.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.internal.AppliedSwapEntity;
import io.mentormatch.api.proposal.internal.AppliedSwapRepository;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.PairScorer;

/**
 * The director's hand edits of the pairings before publication: pin and unpin, and a swap or reassignment,
 * previewed with the pair scores before and after and refused when it breaks a hard rule. Every change locks the
 * cohort row first, so edits of one cohort are serialised across instances.
 */
@Service
public class PairingEdits {

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final CohortAssembler assembler;
    private final ProposalViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final AppliedSwapRepository swaps;
    private final CurrentActor actor;
    private final Clock clock;

    PairingEdits(ProposalRepository proposals, CohortService cohorts, CohortAssembler assembler, ProposalViews views,
                 AuditLog audit, ApplicationEventPublisher events, AppliedSwapRepository swaps, CurrentActor actor,
                 Clock clock) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.assembler = assembler;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.swaps = swaps;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ProposalView pin(long cohortId, long proposalId, boolean pinned) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = proposals.findByIdAndCohortId(proposalId, cohortId)
                .filter(ProposalEntity::isLive)
                .orElseThrow(() -> new ProposalNotFound(cohortId, proposalId));
        ProposalViews.Names names = views.names(List.of(proposal));
        ProposalView before = views.view(cohort, proposal, names);
        proposal.setPinned(pinned);
        ProposalView after = views.view(cohort, proposals.saveAndFlush(proposal), names);
        audit.record(pinned ? "proposal.pinned" : "proposal.unpinned", "proposal", proposalId, cohortId, before, after);
        return after;
    }

    /** What the change would do; changes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangePreview preview(long cohortId, PairingChange change) {
        CohortEntity cohort = cohorts.find(cohortId);
        return plan(cohort, change, views.names(cohortId)).preview(false);
    }

    /** Applies the change, refusing it (409) when it would break a hard rule; a swap of two drafts can be reverted. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangePreview apply(long cohortId, PairingChange change) {
        return applied(cohortId, change, change.kind() == PairingChange.Kind.SWAP ? "proposal.swapped" : "proposal.reassigned");
    }

    /** Applies the change, each move audited as {@code action}; {@link SwapReverts} reverts with it. */
    @Transactional
    ChangePreview applied(long cohortId, PairingChange change, String action) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalViews.Names names = views.names(cohortId);
        Plan plan = plan(cohort, change, names);
        if (!plan.warnings.isEmpty()) {
            throw new HardRuleBroken(plan.warnings);
        }
        List<Long> sent = new ArrayList<>();
        List<ProposalEntity> results = new ArrayList<>();
        for (PlannedMove move : plan.moves) {
            ProposalView before = move.current == null ? null : views.view(cohort, move.current, names);
            ProposalEntity result = move(cohort, move, sent);
            results.add(result);
            audit.record(action, "proposal", result.getId(), cohortId, before, views.view(cohort, result, names));
        }
        if (action.equals("proposal.swapped") && movedInPlace(plan.moves.get(0), results.get(0))
                && movedInPlace(plan.moves.get(1), results.get(1))) {
            swaps.save(new AppliedSwapEntity(cohortId, results.get(0).getId(), results.get(1).getId(),
                    plan.moves.get(0).fromMentor.id(), plan.moves.get(1).fromMentor.id(), clock.instant(),
                    actor.name()));
        }
        if (!sent.isEmpty()) {
            events.publishEvent(new ProposalEvents.Sent(cohortId, sent));
        }
        return plan.preview(true);
    }

    /** A draft changes in place: the same proposal, which a later revert can swap back. */
    private static boolean movedInPlace(PlannedMove move, ProposalEntity result) {
        return move.current != null && move.current.getId().equals(result.getId());
    }

    /** Applies one planned move: a draft changes in place, a sent proposal is replaced by one sent to the new mentor. */
    private ProposalEntity move(CohortEntity cohort, PlannedMove move, List<Long> sent) {
        if (move.current != null && !move.current.isSent()) {
            move.current.moveTo(move.toMentor.id(), move.scoreAfter, move.reasonsAfter);
            return proposals.saveAndFlush(move.current);
        }
        Long runId = null;
        if (move.current != null) {
            move.current.supersede(clock.instant());
            proposals.saveAndFlush(move.current);
            runId = move.current.getRunId();
        }
        ProposalEntity replacement = new ProposalEntity(cohort.getId(), runId, move.resident.id(),
                move.toMentor.id(), move.scoreAfter, move.reasonsAfter);
        if (move.current != null || cohort.getState() == CohortState.PROPOSED) {
            replacement.send(clock.instant());
        }
        replacement = proposals.saveAndFlush(replacement);
        if (replacement.isSent()) {
            sent.add(replacement.getId());
        }
        return replacement;
    }

    private Plan plan(CohortEntity cohort, PairingChange change, ProposalViews.Names names) {
        List<FieldProblem> problems = change.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPairingChange(problems);
        }
        long cohortId = cohort.getId();
        if (cohort.getState() != CohortState.MATCHING && cohort.getState() != CohortState.PROPOSED) {
            throw new CohortLocked(cohort.getState(), "changing pairings");
        }
        // a change stays in one layer: a reassignment in the new mentor's, a swap in the faculty layer
        MentorView to = change.kind() == PairingChange.Kind.REASSIGN ? names.mentorsByCode().get(change.mentor()) : null;
        Layer layer = to == null ? Layer.PRIMARY : cohort.layerOf(to.kind());
        Map<Long, ProposalEntity> liveByResident = proposals.findLive(cohortId).stream()
                .filter(p -> cohort.layerOf(names.mentor(p.getMentorId()).kind()) == layer)
                .collect(Collectors.toMap(ProposalEntity::getResidentId, Function.identity(), (a, b) -> a));
        List<PlannedMove> moves = moves(cohortId, change, names, liveByResident);
        PairScorer scorer = PairScorer.of(assembler.toCore(cohortId, layer));
        PairExplainer explainer = new PairExplainer(scorer);
        Map<Long, Integer> loadChange = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (PlannedMove move : moves) {
            int r = scorer.residentIndex(new ResidentId(move.resident.code()));
            int m = scorer.mentorIndex(new MentorId(move.toMentor.code()));
            move.scoreAfter = scorer.score(r, m);
            move.reasonsAfter = explainer.reasons(r, m);
            if (move.current != null) {
                move.fromMentor = names.mentor(move.current.getMentorId());
                int from = scorer.mentorIndex(new MentorId(move.fromMentor.code()));
                move.scoreBefore = scorer.score(r, from);
                loadChange.merge(move.fromMentor.id(), -1, Integer::sum);
            }
            loadChange.merge(move.toMentor.id(), 1, Integer::sum);
            scorer.incompatibility(r, m).ifPresent(why -> warnings.add(move.resident.code() + " with "
                    + move.toMentor.code() + ": " + why.description()));
        }
        Map<Long, Long> load = Rematch.loads(proposals.countLivePerMentor(cohortId));
        loadChange.forEach((mentorId, delta) -> {
            MentorView mentor = names.mentor(mentorId);
            if (delta > 0 && load.getOrDefault(mentorId, 0L) + delta > Rematch.seats(mentor)) {
                warnings.add("mentor " + mentor.code() + " would be over capacity (" + Rematch.seats(mentor) + " seats)");
            }
        });
        return new Plan(moves, warnings);
    }

    private static List<PlannedMove> moves(long cohortId, PairingChange change, ProposalViews.Names names,
                                           Map<Long, ProposalEntity> liveByResident) {
        ResidentView first = resident(cohortId, change.resident(), names);
        if (change.kind() == PairingChange.Kind.REASSIGN) {
            MentorView to = names.mentorsByCode().get(change.mentor());
            if (to == null) {
                throw new MentorNotInCohort(cohortId, change.mentor());
            }
            return List.of(locked(new PlannedMove(first, liveByResident.get(first.id()), to)));
        }
        ResidentView second = resident(cohortId, change.otherResident(), names);
        ProposalEntity firstPairing = liveByResident.get(first.id());
        ProposalEntity secondPairing = liveByResident.get(second.id());
        if (firstPairing == null || secondPairing == null) {
            throw new PairingLocked(firstPairing == null ? first.code() : second.code(),
                    "a swap needs both residents to have a mentor");
        }
        return List.of(locked(new PlannedMove(first, firstPairing, names.mentor(secondPairing.getMentorId()))),
                locked(new PlannedMove(second, secondPairing, names.mentor(firstPairing.getMentorId()))));
    }

    /** Refuses to move a pairing the mentor accepted or the director pinned. */
    private static PlannedMove locked(PlannedMove move) {
        if (move.current != null && move.current.getState() == ProposalState.ACCEPTED) {
            throw new PairingLocked(move.resident.code(), "the mentor has accepted it");
        }
        if (move.current != null && move.current.isPinned()) {
            throw new PairingLocked(move.resident.code(), "it is pinned; unpin it first");
        }
        return move;
    }

    private static ResidentView resident(long cohortId, String code, ProposalViews.Names names) {
        ResidentView resident = names.residentsByCode().get(code);
        if (resident == null) {
            throw new ResidentNotInCohort(cohortId, code);
        }
        return resident;
    }

    private static final class PlannedMove {
        final ResidentView resident;
        final ProposalEntity current;
        final MentorView toMentor;
        MentorView fromMentor;
        Integer scoreBefore;
        int scoreAfter;
        List<String> reasonsAfter = List.of();

        PlannedMove(ResidentView resident, ProposalEntity current, MentorView toMentor) {
            this.resident = resident;
            this.current = current;
            this.toMentor = toMentor;
        }
    }

    /** The preview is the director's: its reasons name the resident and the mentor (the stored ones stay the resident's). */
    private record Plan(List<PlannedMove> moves, List<String> warnings) {

        ChangePreview preview(boolean applied) {
            List<ChangePreview.Move> out = moves.stream().map(m -> new ChangePreview.Move(m.resident.code(),
                    m.fromMentor == null ? null : m.fromMentor.code(), m.toMentor.code(), m.scoreBefore,
                    m.scoreAfter, PairExplainer.forAudience(m.reasonsAfter, Audience.DIRECTOR, m.resident.name(),
                    m.toMentor.name()))).toList();
            int change = moves.stream().mapToInt(m -> m.scoreAfter - (m.scoreBefore == null ? 0 : m.scoreBefore)).sum();
            return new ChangePreview(out, change, warnings, applied);
        }
    }
}
