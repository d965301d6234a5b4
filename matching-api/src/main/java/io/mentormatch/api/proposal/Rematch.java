package io.mentormatch.api.proposal;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.RosterInconsistent;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.MatchingMode;
import io.mentormatch.core.solver.MatchingSolver;
import io.mentormatch.core.solver.PeerLayer;
import io.mentormatch.core.solver.SolveOptions;
import io.mentormatch.core.solver.SolveProgress;

/**
 * The one re-match of the engine: a new mentor for one resident while every other current pairing stays. A
 * mentor's decline uses {@link #best}; a mid-year change of mentor shows {@link #options} to the director. It
 * changes nothing and checks no role: the use case that calls it authorises, locks the cohort and stores.
 */
@Service
public class Rematch {

    /** A re-match moves one resident: the exact phase decides it, so local search gets little time. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private final ProposalRepository proposals;
    private final CohortAssembler assembler;
    private final ProposalViews views;

    Rematch(ProposalRepository proposals, CohortAssembler assembler, ProposalViews views) {
        this.proposals = proposals;
        this.assembler = assembler;
        this.views = views;
    }

    /**
     * The compatible mentors with a free seat for this resident, best pair score first (then in roster order), each with
     * its explanation. Seats count every current pairing; the resident's own current mentor, if any, is offered
     * only when not excluded.
     *
     * @param layer             the mentoring layer of the pairing being replaced: only its mentors are offered, scored
     *                          with its weights
     * @param excludedMentorIds mentors never offered, e.g. the one the resident is leaving
     */
    @Transactional(readOnly = true)
    public List<RematchOption> options(long cohortId, long residentId, Layer layer, Set<Long> excludedMentorIds,
                                       int limit) {
        ProposalViews.Names names = views.names(cohortId);
        Map<Long, Long> load = loads(proposals.countLivePerMentor(cohortId));
        PairScorer scorer = PairScorer.of(assembler.toCore(cohortId, layer));
        int r = scorer.residentIndex(new ResidentId(names.resident(residentId).code()));
        PairExplainer explainer = new PairExplainer(scorer);
        return free(scorer, r, names, load, excludedMentorIds)
                .sorted(Comparator.comparingInt((Integer m) -> -scorer.score(r, m)).thenComparingInt(m -> m))
                .limit(limit)
                .map(m -> option(scorer, explainer, r, names.mentorByCode(scorer.mentor(m).id().value())))
                .toList();
    }

    /**
     * The re-match a decline makes: the solver runs on the whole cohort (so pair scores stay those of the run)
     * with every other current pairing pinned, and only this resident's mentor is taken from its result. If the
     * solver gives the resident nobody with a free seat (it may have spent seats on residents nobody asked
     * about), or the current pairings no longer fit as pins, the best-scoring compatible mentor with a free seat
     * is taken. Empty when no compatible mentor has a seat. With peer mentoring all of this happens in the given layer
     * ({@link PeerLayer}): the resident's pairing in the other layer stays as it is.
     */
    @Transactional(readOnly = true)
    public Optional<RematchOption> best(long cohortId, long residentId, Layer layer, Set<Long> excludedMentorIds) {
        ProposalViews.Names names = views.names(cohortId);
        List<ProposalEntity> live = proposals.findLive(cohortId);
        Map<Long, Long> load = live.stream().collect(Collectors.groupingBy(ProposalEntity::getMentorId,
                Collectors.counting()));
        boolean peerMentoring = layer == Layer.PEER || live.stream().anyMatch(p -> isPeer(names, p));
        List<Pair> kept = live.stream().filter(p -> p.getResidentId() != residentId
                        || (peerMentoring && (layer == Layer.PEER) != isPeer(names, p)))
                .map(p -> new Pair(new ResidentId(names.resident(p.getResidentId()).code()),
                        new MentorId(names.mentor(p.getMentorId()).code()))).toList();
        String residentCode = names.resident(residentId).code();
        Optional<Cohort> pinned = pinned(cohortId, kept).map(cohort -> PeerLayer.layer(cohort, layer));
        PairScorer scorer = PairScorer.of(pinned.orElseGet(() -> assembler.toCore(cohortId, layer)));
        int r = scorer.residentIndex(new ResidentId(residentCode));
        Optional<MentorView> chosen = pinned.flatMap(cohort -> solverChoice(cohort, residentCode, names))
                .filter(m -> !excludedMentorIds.contains(m.id()) && hasFreeSeat(m, load))
                .or(() -> free(scorer, r, names, load, excludedMentorIds)
                        .reduce((a, b) -> scorer.score(r, b) > scorer.score(r, a) ? b : a)
                        .map(m -> names.mentorByCode(scorer.mentor(m).id().value())));
        return chosen.map(m -> option(scorer, new PairExplainer(scorer), r, m));
    }

    /** Whether the pairing's mentor is a senior resident: in a cohort with peer mentoring, a peer-layer pairing. */
    private static boolean isPeer(ProposalViews.Names names, ProposalEntity p) {
        return names.mentor(p.getMentorId()).kind() == MentorKind.SENIOR_RESIDENT;
    }

    /** The seats a mentor offers: their capacity while accepting mentees, else none. */
    static int seats(MentorView mentor) {
        return mentor.accepting() ? Math.max(0, mentor.capacity()) : 0;
    }

    /** The rows of {@link ProposalRepository#countLivePerMentor} as mentor id to current pairings. */
    static Map<Long, Long> loads(List<Object[]> rows) {
        Map<Long, Long> load = new HashMap<>();
        rows.forEach(row -> load.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return load;
    }

    /** The cohort with these pairings pinned; empty when they no longer fit (a mentor lowered their capacity). */
    private Optional<Cohort> pinned(long cohortId, List<Pair> kept) {
        try {
            return Optional.of(assembler.toCore(cohortId, kept));
        } catch (RosterInconsistent currentPairingsNoLongerFit) {
            return Optional.empty();
        }
    }

    /**
     * The solver's mentor for the resident, everyone else pinned. It solves with the cohort's whole objective, its
     * load-balance weight included (as it always has), so the declined resident goes where the load is lighter when
     * the cohort asks for that; whichever mode the run took, the other pairings do not move.
     */
    private static Optional<MentorView> solverChoice(Cohort cohort, String residentCode, ProposalViews.Names names) {
        return new MatchingSolver(cohort, new SolveOptions(MatchingMode.OPTIMAL_LOAD_BALANCED, TIME_LIMIT)).solve(SolveProgress.NONE)
                .assignments().stream().filter(a -> a.resident().equals(residentCode))
                .map(a -> names.mentorByCode(a.mentor())).findFirst();
    }

    /** Mentor indexes compatible with the resident, not excluded, with a free seat; in index order. */
    private static Stream<Integer> free(PairScorer scorer, int r, ProposalViews.Names names, Map<Long, Long> load,
                                        Set<Long> excluded) {
        return IntStream.range(0, scorer.mentorCount()).boxed().filter(m -> scorer.compatible(r, m)).filter(m -> {
            MentorView mentor = names.mentorByCode(scorer.mentor(m).id().value());
            return !excluded.contains(mentor.id()) && hasFreeSeat(mentor, load);
        });
    }

    private static boolean hasFreeSeat(MentorView mentor, Map<Long, Long> load) {
        return load.getOrDefault(mentor.id(), 0L) < seats(mentor);
    }

    private static RematchOption option(PairScorer scorer, PairExplainer explainer, int r, MentorView mentor) {
        int m = scorer.mentorIndex(new MentorId(mentor.code()));
        return new RematchOption(mentor.id(), mentor.code(), mentor.name(), scorer.score(r, m),
                explainer.reasons(r, m));
    }
}
