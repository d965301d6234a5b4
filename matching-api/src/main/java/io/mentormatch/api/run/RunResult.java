package io.mentormatch.api.run;

import java.util.List;

import io.mentormatch.core.solver.MatchingResult;

/** A finished run's result: score, bound and gap, blocking pairs, every pairing with its reasons, and who is left. */
public record RunResult(RunView run, MatchingResult.Bound bound, int blockingPairs,
                        List<MatchingResult.Assignment> assignments, List<MatchingResult.Unassigned> unassigned) {
}
