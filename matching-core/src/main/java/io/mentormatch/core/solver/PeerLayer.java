package io.mentormatch.core.solver;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.Weights;

/**
 * Splits a cohort with peer mentoring into its two layers, each an ordinary one-layer cohort that
 * {@link MatchingSolver} solves exactly as any other: every resident, only that layer's mentors ({@link Layer}),
 * and the rankings, avoid lists, conflicts, declines, pins and last year's pairs that name them. The primary layer
 * keeps the cohort's weights and families; the peer layer takes the peer weights and has no families (a family is
 * led by a faculty mentor).
 */
public final class PeerLayer {

    private PeerLayer() {
    }

    /** The two one-layer cohorts of a cohort with peer mentoring. */
    public record Split(Cohort primary, Cohort peer) {
    }

    /** @throws IllegalArgumentException when the cohort has no peer layer */
    public static Split split(Cohort cohort) {
        if (cohort.peerMentoring() == null) {
            throw new IllegalArgumentException("cohort " + cohort.info().id() + " has no peer mentoring");
        }
        CohortInfo info = cohort.info();
        CohortInfo peerInfo = new CohortInfo(info.id(), info.name(), info.requireSameSpecialty(),
                info.preferContinuity(), null);
        return new Split(layer(cohort, Layer.PRIMARY, info, cohort.weights()),
                layer(cohort, Layer.PEER, peerInfo, cohort.peerMentoring().weights()));
    }

    /** The cohort's one-layer view of the given layer: the one the solver, a re-match or an explanation reads. */
    public static Cohort layer(Cohort cohort, Layer layer) {
        if (cohort.peerMentoring() == null) {
            return cohort;
        }
        Split split = split(cohort);
        return layer == Layer.PEER ? split.peer() : split.primary();
    }

    private static Cohort layer(Cohort cohort, Layer layer, CohortInfo info,
                                Weights weights) {
        List<Mentor> mentors = cohort.mentors().stream().filter(m -> Layer.of(cohort, m) == layer).toList();
        Set<MentorId> pool = mentors.stream().map(Mentor::id).collect(Collectors.toSet());
        List<Resident> residents = cohort.residents().stream().map(r -> new Resident(r.id(), r.name(), r.specialty(),
                r.careerGoal(), r.interests(), r.availability(), r.ranking().stream().filter(pool::contains).toList(),
                r.avoid().stream().filter(pool::contains).collect(Collectors.toSet()), r.openToOtherSpecialties()))
                .toList();
        Predicate<PairBan> banInPool = ban -> pool.contains(ban.mentor());
        Predicate<Pair> pairInPool = pair -> pool.contains(pair.mentor());
        return new Cohort(info, weights, mentors, residents,
                cohort.conflicts().stream().filter(banInPool).toList(),
                cohort.declined().stream().filter(banInPool).toList(),
                cohort.pinned().stream().filter(pairInPool).toList(),
                cohort.previousPairs().stream().filter(pairInPool).toList());
    }
}
