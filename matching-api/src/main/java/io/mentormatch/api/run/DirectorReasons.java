package io.mentormatch.api.run;

import java.util.List;
import java.util.Map;

import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.solver.MatchingResult;

/**
 * A run's result is read by its director: the stored reasons, written for the resident ("Your 1st choice"), are
 * said in the director's words ("Amara's 1st choice"), naming the resident and the mentor, without advice.
 *
 * @param residentNames the cohort's residents' names by code
 * @param mentorNames   the cohort's mentors' names by code
 */
record DirectorReasons(Map<String, String> residentNames, Map<String, String> mentorNames) {

    List<MatchingResult.Assignment> of(List<MatchingResult.Assignment> assignments) {
        return assignments.stream().map(a -> new MatchingResult.Assignment(a.resident(), a.mentor(), a.pairScore(),
                PairExplainer.forAudience(a.reasons(), Audience.DIRECTOR,
                        residentNames.getOrDefault(a.resident(), a.resident()),
                        mentorNames.getOrDefault(a.mentor(), a.mentor())))).toList();
    }

    /** The peer layer's result with its reasons in the director's words; null for none. */
    MatchingResult of(MatchingResult layer) {
        return layer == null ? null : new MatchingResult(layer.mode(), layer.score(), layer.feasible(), layer.bound(),
                of(layer.assignments()), layer.unassigned(), layer.blockingPairs(), layer.choiceProfile(),
                layer.stats(), layer.families(), of(layer.peerLayer()), layer.integrity());
    }
}
