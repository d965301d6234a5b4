package io.mentormatch.api.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.PairRuleRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.api.roster.RosterInconsistent;
import io.mentormatch.api.system.AccessPolicy;
import io.mentormatch.api.system.ConcurrentEdit;
import io.mentormatch.api.system.CurrentActor;
import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingResult;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * The proposal workflow: the director reviews and edits the drafts and sends them; each mentor accepts or
 * declines; a decline bans the pair and re-matches that resident. Every change locks the cohort row first, so
 * changes of one cohort are serialised across instances and capacity holds under concurrent requests: a mentor
 * never has more accepted plus proposed mentees than seats, a resident never two current pairings.
 */
@Service
public class ProposalService {

    /** A re-match moves one resident: the exact phase decides it, so local search gets little time. */
    private static final Duration REMATCH_TIME_LIMIT = Duration.ofSeconds(2);

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final PairRuleRepository rules;
    private final CohortAssembler assembler;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, CohortService cohorts, ResidentRepository residents,
                    MentorRepository mentors, PairRuleRepository rules, CohortAssembler assembler, AuditLog audit,
                    AccessPolicy access, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.residents = residents;
        this.mentors = mentors;
        this.rules = rules;
        this.assembler = assembler;
        this.audit = audit;
        this.access = access;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** The review list, filtered and paged; sorted by resident code. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public Page<ProposalView> list(long cohortId, ProposalFilter filter, int lowScoreBelow, Pageable pageable) {
        CohortEntity cohort = cohorts.find(cohortId);
        Names names = names(cohortId);
        List<ProposalView> rows = switch (filter) {
            case ALL -> views(cohort, proposals.findLive(cohortId), names);
            case LOW_SCORE -> views(cohort, proposals.findLive(cohortId).stream()
                    .filter(p -> p.getPairScore() < lowScoreBelow).toList(), names);
            case DECLINED -> views(cohort, proposals.findByCohortIdAndSupersededAtIsNullOrderById(cohortId).stream()
                    .filter(p -> p.getState() == ProposalState.DECLINED).toList(), names);
            case UNMATCHED -> unmatched(cohortId, names);
        };
        rows = rows.stream().sorted(Comparator.comparing(ProposalView::resident)
                .thenComparing(v -> v.id() == null ? 0 : v.id())).toList();
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ProposalView pin(long cohortId, long proposalId, boolean pinned) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = liveProposal(cohortId, proposalId);
        Names names = names(cohortId);
        ProposalView before = view(cohort, proposal, names);
        proposal.setPinned(pinned);
        ProposalView after = view(cohort, proposals.saveAndFlush(proposal), names);
        audit.record(pinned ? "proposal.pinned" : "proposal.unpinned", "proposal", proposalId, cohortId, before, after);
        return after;
    }

    /** What the change would do; changes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangePreview preview(long cohortId, PairingChange change) {
        CohortEntity cohort = cohorts.find(cohortId);
        return plan(cohort, change).preview(false);
    }

    /** Applies the change, refusing it (409) when it would break a hard rule. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangePreview apply(long cohortId, PairingChange change) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        Plan plan = plan(cohort, change);
        if (!plan.warnings.isEmpty()) {
            throw new HardRuleBroken(plan.warnings);
        }
        Names names = names(cohortId);
        List<Long> sent = new ArrayList<>();
        for (PlannedMove move : plan.moves) {
            ProposalView before = move.current == null ? null : view(cohort, move.current, names);
            ProposalEntity result = move(cohort, move, sent);
            audit.record(change.kind() == PairingChange.Kind.SWAP ? "proposal.swapped" : "proposal.reassigned",
                    "proposal", result.getId(), cohortId, before, view(cohort, result, names));
        }
        if (!sent.isEmpty()) {
            events.publishEvent(new ProposalEvents.Sent(cohortId, sent));
        }
        return plan.preview(true);
    }

    /** Sends every draft to its mentor; the first sending moves the cohort from MATCHING to PROPOSED. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ProposalView> send(long cohortId) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (cohort.getState() != CohortState.MATCHING && cohort.getState() != CohortState.PROPOSED) {
            throw new CohortLocked(cohort.getState(), "sending proposals");
        }
        List<ProposalEntity> drafts = proposals.findLive(cohortId).stream().filter(p -> !p.isSent()).toList();
        if (drafts.isEmpty()) {
            throw new NothingToSend(cohortId);
        }
        Instant now = clock.instant();
        drafts.forEach(p -> p.send(now));
        proposals.saveAllAndFlush(drafts);
        if (cohort.getState() == CohortState.MATCHING) {
            cohorts.advance(cohortId, CohortState.PROPOSED);
        }
        Names names = names(cohortId);
        List<ProposalView> views = views(cohort, drafts, names);
        audit.record("proposals.sent", "cohort", cohortId, cohortId, null,
                Map.of("sentAt", now, "proposals", drafts.stream().map(ProposalEntity::getId).toList()));
        events.publishEvent(new ProposalEvents.Sent(cohortId, drafts.stream().map(ProposalEntity::getId).toList()));
        return views;
    }

    /** A mentor's own sent proposals, whatever their state. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentorCode)")
    public List<ProposalView> forMentor(long cohortId, String mentorCode) {
        CohortEntity cohort = cohorts.find(cohortId);
        MentorEntity mentor = mentors.findByCohortIdAndCode(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        return views(cohort, proposals.findSentToMentor(mentor.getId()), names(cohortId));
    }

    /** Sent proposals unanswered past the cohort's response window, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ProposalView> overdue(long cohortId) {
        CohortEntity cohort = cohorts.find(cohortId);
        Instant now = clock.instant();
        return views(cohort, proposals.findLive(cohortId).stream()
                .filter(p -> p.isOpen() && now.isAfter(respondBy(cohort, p)))
                .sorted(Comparator.comparing(ProposalEntity::getSentAt)).toList(), names(cohortId));
    }

    /** The proposal's mentor accepts it. */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public ProposalView accept(long cohortId, long proposalId, Decision decision) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = openProposalOfCurrentMentor(cohortId, proposalId, decision);
        boolean alreadyAccepted = proposals.findLive(cohortId).stream().anyMatch(p -> !p.getId().equals(proposalId)
                && p.getResidentId().equals(proposal.getResidentId()) && p.getState() == ProposalState.ACCEPTED);
        Names names = names(cohortId);
        if (alreadyAccepted) {
            throw new ResidentAlreadyAccepted(names.resident(proposal.getResidentId()).getCode());
        }
        ProposalView before = view(cohort, proposal, names);
        proposal.decide(ProposalState.ACCEPTED, decision.reason(), actor.name(), clock.instant());
        ProposalView after = view(cohort, proposals.saveAndFlush(proposal), names);
        audit.record("proposal.accepted", "proposal", proposalId, cohortId, before, after);
        events.publishEvent(new ProposalEvents.Decided(cohortId, proposalId, ProposalState.ACCEPTED));
        return after;
    }

    /**
     * The proposal's mentor declines it: the pair is banned for good and the resident alone is re-matched, with
     * every other current pairing kept; the new proposal goes to the new mentor at once.
     *
     * @return the declined proposal, and the new one when a mentor was found
     */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<ProposalView> decline(long cohortId, long proposalId, Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new DeclineNeedsReason();
        }
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = openProposalOfCurrentMentor(cohortId, proposalId, decision);
        Names names = names(cohortId);
        ProposalView before = view(cohort, proposal, names);
        Instant now = clock.instant();
        proposal.decide(ProposalState.DECLINED, decision.reason().strip(), actor.name(), now);
        proposals.saveAndFlush(proposal);
        if (!rules.existsByKindAndResidentIdAndMentorId(PairRuleKind.DECLINED, proposal.getResidentId(), proposal.getMentorId())) {
            rules.saveAndFlush(new PairRuleEntity(cohortId, PairRuleKind.DECLINED, proposal.getResidentId(),
                    proposal.getMentorId(), decision.reason().strip(), now));
        }
        List<ProposalView> result = new ArrayList<>();
        result.add(view(cohort, proposal, names));
        audit.record("proposal.declined", "proposal", proposalId, cohortId, before, result.get(0));
        events.publishEvent(new ProposalEvents.Decided(cohortId, proposalId, ProposalState.DECLINED));
        rematch(cohort, proposal, names).ifPresent(replacement -> {
            ProposalView view = view(cohort, replacement, names);
            result.add(view);
            audit.record("proposal.rematched", "proposal", replacement.getId(), cohortId, before, view);
            events.publishEvent(new ProposalEvents.Sent(cohortId, List.of(replacement.getId())));
        });
        return result;
    }

    /**
     * Re-matches the declined resident alone: the solver runs on the whole cohort (so pair scores stay those of
     * the run) with every current pairing pinned and the declined pair banned, and only this resident's new mentor
     * is taken from its result. If the solver gives the resident nobody with a free seat (it may have spent
     * seats on residents nobody asked about), the best-scoring compatible mentor with a free seat is taken.
     */
    private Optional<ProposalEntity> rematch(CohortEntity cohort, ProposalEntity declined, Names names) {
        long cohortId = cohort.getId();
        PairScorer scorer = PairScorer.of(assembler.toCore(cohortId));
        String residentCode = names.resident(declined.getResidentId()).getCode();
        int r = scorer.residentIndex(new ResidentId(residentCode));
        Optional<MentorEntity> chosen = solverChoice(cohortId, residentCode, names)
                .or(() -> bestFreeMentor(scorer, r, names));
        if (chosen.isEmpty()) {
            audit.record("proposal.rematch-found-nobody", "resident", declined.getResidentId(), cohortId, null,
                    Map.of("resident", residentCode));
            return Optional.empty();
        }
        int m = scorer.mentorIndex(new MentorId(chosen.get().getCode()));
        ProposalEntity replacement = new ProposalEntity(cohortId, declined.getRunId(), declined.getResidentId(),
                chosen.get().getId(), scorer.score(r, m), new PairExplainer(scorer).reasons(r, m));
        replacement.send(clock.instant());
        return Optional.of(proposals.saveAndFlush(replacement));
    }

    /** The resident's mentor in a solve that pins every current pairing; empty when it has no free seat to give. */
    private Optional<MentorEntity> solverChoice(long cohortId, String residentCode, Names names) {
        List<Pair> kept = proposals.findLive(cohortId).stream().map(p -> new Pair(
                new ResidentId(names.resident(p.getResidentId()).getCode()),
                new MentorId(names.mentor(p.getMentorId()).getCode()))).toList();
        MatchingResult result;
        try {
            result = new MatchingSolver(assembler.toCore(cohortId, kept),
                    new SolveOptions(MatchingMode.OPTIMAL, REMATCH_TIME_LIMIT)).solve(SolveProgress.NONE);
        } catch (RosterInconsistent currentPairingsNoLongerFit) {
            // e.g. a mentor lowered their capacity below their current mentees since the proposals went out
            return Optional.empty();
        }
        return result.assignments().stream().filter(a -> a.resident().equals(residentCode))
                .map(a -> names.mentorByCode(a.mentor()))
                .filter(this::hasFreeSeat)
                .findFirst();
    }

    private Optional<MentorEntity> bestFreeMentor(PairScorer scorer, int r, Names names) {
        MentorEntity best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int m = 0; m < scorer.mentorCount(); m++) {
            MentorEntity mentor = names.mentorByCode(scorer.mentor(m).id().value());
            if (scorer.compatible(r, m) && scorer.score(r, m) > bestScore && hasFreeSeat(mentor)) {
                best = mentor;
                bestScore = scorer.score(r, m);
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean hasFreeSeat(MentorEntity mentor) {
        return proposals.countLiveForMentor(mentor.getId()) < seats(mentor);
    }

    private static int seats(MentorEntity mentor) {
        return mentor.isAccepting() ? Math.max(0, mentor.getCapacity()) : 0;
    }

    private ProposalEntity openProposalOfCurrentMentor(long cohortId, long proposalId, Decision decision) {
        ProposalEntity proposal = proposals.findByIdAndCohortId(proposalId, cohortId)
                .orElseThrow(() -> new ProposalNotFound(cohortId, proposalId));
        MentorEntity mentor = mentors.findById(proposal.getMentorId()).orElseThrow();
        if (!access.isMentor(cohortId, mentor.getCode()) && !access.isAdmin()) {
            throw new AccessDeniedException("only the proposal's mentor answers it");
        }
        if (!proposal.isOpen()) {
            throw new ProposalNotOpen(proposalId, proposal.getSupersededAt() != null ? "it was replaced"
                    : !proposal.isSent() ? "it has not been sent" : "it is already " + proposal.getState());
        }
        ConcurrentEdit.check("the proposal", decision.version(), proposal.getVersion(), List.of());
        return proposal;
    }

    private ProposalEntity liveProposal(long cohortId, long proposalId) {
        ProposalEntity proposal = proposals.findByIdAndCohortId(proposalId, cohortId)
                .orElseThrow(() -> new ProposalNotFound(cohortId, proposalId));
        if (!proposal.isLive()) {
            throw new ProposalNotFound(cohortId, proposalId);
        }
        return proposal;
    }

    /** Applies one planned move: a draft changes in place, a sent proposal is replaced by one sent to the new mentor. */
    private ProposalEntity move(CohortEntity cohort, PlannedMove move, List<Long> sent) {
        if (move.current != null && !move.current.isSent()) {
            move.current.moveTo(move.toMentor.getId(), move.scoreAfter, move.reasonsAfter);
            return proposals.saveAndFlush(move.current);
        }
        Long runId = null;
        if (move.current != null) {
            move.current.supersede(clock.instant());
            proposals.saveAndFlush(move.current);
            runId = move.current.getRunId();
        }
        ProposalEntity replacement = new ProposalEntity(cohort.getId(), runId, move.resident.getId(),
                move.toMentor.getId(), move.scoreAfter, move.reasonsAfter);
        if (move.current != null || cohort.getState() == CohortState.PROPOSED) {
            replacement.send(clock.instant());
        }
        replacement = proposals.saveAndFlush(replacement);
        if (replacement.isSent()) {
            sent.add(replacement.getId());
        }
        return replacement;
    }

    private Plan plan(CohortEntity cohort, PairingChange change) {
        List<FieldProblem> problems = change.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPairingChange(problems);
        }
        long cohortId = cohort.getId();
        if (cohort.getState() != CohortState.MATCHING && cohort.getState() != CohortState.PROPOSED) {
            throw new CohortLocked(cohort.getState(), "changing pairings");
        }
        Map<Long, ProposalEntity> liveByResident = proposals.findLive(cohortId).stream()
                .collect(Collectors.toMap(ProposalEntity::getResidentId, Function.identity(), (a, b) -> a));
        ResidentEntity first = resident(cohortId, change.resident());
        List<PlannedMove> moves = new ArrayList<>();
        if (change.kind() == PairingChange.Kind.REASSIGN) {
            moves.add(new PlannedMove(first, liveByResident.get(first.getId()), mentor(cohortId, change.mentor())));
        } else {
            ResidentEntity second = resident(cohortId, change.otherResident());
            ProposalEntity firstPairing = liveByResident.get(first.getId());
            ProposalEntity secondPairing = liveByResident.get(second.getId());
            if (firstPairing == null || secondPairing == null) {
                throw new PairingLocked(firstPairing == null ? first.getCode() : second.getCode(),
                        "a swap needs both residents to have a mentor");
            }
            moves.add(new PlannedMove(first, firstPairing, mentors.findById(secondPairing.getMentorId()).orElseThrow()));
            moves.add(new PlannedMove(second, secondPairing, mentors.findById(firstPairing.getMentorId()).orElseThrow()));
        }
        for (PlannedMove move : moves) {
            if (move.current != null && move.current.getState() == ProposalState.ACCEPTED) {
                throw new PairingLocked(move.resident.getCode(), "the mentor has accepted it");
            }
            if (move.current != null && move.current.isPinned()) {
                throw new PairingLocked(move.resident.getCode(), "it is pinned; unpin it first");
            }
        }
        PairScorer scorer = PairScorer.of(assembler.toCore(cohortId));
        PairExplainer explainer = new PairExplainer(scorer);
        Map<Long, Integer> loadChange = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (PlannedMove move : moves) {
            int r = scorer.residentIndex(new ResidentId(move.resident.getCode()));
            int m = scorer.mentorIndex(new MentorId(move.toMentor.getCode()));
            move.scoreAfter = scorer.score(r, m);
            move.reasonsAfter = explainer.reasons(r, m);
            if (move.current != null) {
                move.fromMentor = mentors.findById(move.current.getMentorId()).orElseThrow();
                int from = scorer.mentorIndex(new MentorId(move.fromMentor.getCode()));
                move.scoreBefore = scorer.score(r, from);
                loadChange.merge(move.fromMentor.getId(), -1, Integer::sum);
            }
            loadChange.merge(move.toMentor.getId(), 1, Integer::sum);
            scorer.incompatibility(r, m).ifPresent(why -> warnings.add(move.resident.getCode() + " with "
                    + move.toMentor.getCode() + ": " + why.description()));
        }
        Map<Long, MentorEntity> movedTo = moves.stream()
                .collect(Collectors.toMap(mv -> mv.toMentor.getId(), mv -> mv.toMentor, (a, b) -> a));
        loadChange.forEach((mentorId, delta) -> {
            MentorEntity mentor = movedTo.get(mentorId);
            if (delta > 0 && mentor != null && proposals.countLiveForMentor(mentorId) + delta > seats(mentor)) {
                warnings.add("mentor " + mentor.getCode() + " would be over capacity (" + seats(mentor) + " seats)");
            }
        });
        return new Plan(moves, warnings);
    }

    private ResidentEntity resident(long cohortId, String code) {
        return residents.findByCohortIdAndCode(cohortId, code).orElseThrow(() -> new ResidentNotInCohort(cohortId, code));
    }

    private MentorEntity mentor(long cohortId, String code) {
        return mentors.findByCohortIdAndCode(cohortId, code).orElseThrow(() -> new MentorNotInCohort(cohortId, code));
    }

    private List<ProposalView> unmatched(long cohortId, Names names) {
        Set<Long> paired = proposals.findLive(cohortId).stream().map(ProposalEntity::getResidentId)
                .collect(Collectors.toSet());
        return names.residents.values().stream().filter(r -> !paired.contains(r.getId()))
                .map(r -> new ProposalView(null, r.getCode(), r.getName(), null, null, null, null, 0, List.of(), false,
                        null, null, false, null, null, null))
                .toList();
    }

    private List<ProposalView> views(CohortEntity cohort, List<ProposalEntity> list, Names names) {
        return list.stream().map(p -> view(cohort, p, names)).toList();
    }

    private ProposalView view(CohortEntity cohort, ProposalEntity p, Names names) {
        ResidentEntity resident = names.resident(p.getResidentId());
        MentorEntity mentor = names.mentor(p.getMentorId());
        Instant respondBy = p.isSent() ? respondBy(cohort, p) : null;
        boolean overdue = p.isOpen() && clock.instant().isAfter(respondBy);
        return new ProposalView(p.getId(), resident.getCode(), resident.getName(), mentor.getCode(), mentor.getName(),
                p.getState(), p.getPairScore(), resident.getRanking().indexOf(mentor.getCode()) + 1, p.getReasons(),
                p.isPinned(), p.getSentAt(), respondBy, overdue,
                p.getDecisionReason(), p.getDecidedAt(), p.getVersion());
    }

    private static Instant respondBy(CohortEntity cohort, ProposalEntity p) {
        return p.getSentAt().plus(Duration.ofDays(cohort.getResponseWindowDays()));
    }

    private Names names(long cohortId) {
        Map<Long, ResidentEntity> residentRows = new HashMap<>();
        Map<Long, MentorEntity> mentorRows = new HashMap<>();
        residents.findByCohortIdOrderByCode(cohortId).forEach(r -> residentRows.put(r.getId(), r));
        mentors.findByCohortIdOrderByCode(cohortId).forEach(m -> mentorRows.put(m.getId(), m));
        return new Names(residentRows, mentorRows);
    }

    /** The cohort's residents and mentors by id, read once per request. */
    private record Names(Map<Long, ResidentEntity> residents, Map<Long, MentorEntity> mentors) {

        ResidentEntity resident(long id) {
            return Objects.requireNonNull(residents.get(id));
        }

        MentorEntity mentor(long id) {
            return Objects.requireNonNull(mentors.get(id));
        }

        MentorEntity mentorByCode(String code) {
            return mentors.values().stream().filter(m -> m.getCode().equals(code)).findFirst().orElseThrow();
        }
    }

    private static final class PlannedMove {
        final ResidentEntity resident;
        final ProposalEntity current;
        final MentorEntity toMentor;
        MentorEntity fromMentor;
        Integer scoreBefore;
        int scoreAfter;
        List<String> reasonsAfter = List.of();

        PlannedMove(ResidentEntity resident, ProposalEntity current, MentorEntity toMentor) {
            this.resident = resident;
            this.current = current;
            this.toMentor = toMentor;
        }
    }

    private record Plan(List<PlannedMove> moves, List<String> warnings) {

        ChangePreview preview(boolean applied) {
            List<ChangePreview.Move> out = moves.stream().map(m -> new ChangePreview.Move(m.resident.getCode(),
                    m.fromMentor == null ? null : m.fromMentor.getCode(), m.toMentor.getCode(), m.scoreBefore,
                    m.scoreAfter, m.reasonsAfter)).toList();
            int change = moves.stream().mapToInt(m -> m.scoreAfter - (m.scoreBefore == null ? 0 : m.scoreBefore)).sum();
            return new ChangePreview(out, change, warnings, applied);
        }
    }
}
