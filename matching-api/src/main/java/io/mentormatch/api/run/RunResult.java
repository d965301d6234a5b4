package io.mentormatch.api.run;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.mentormatch.core.integrity.IntegrityReport;
import io.mentormatch.core.solver.MatchingResult;

/**
 * A finished run's result: score, bound and gap, blocking pairs against the stated preferences, which choices the residents got,
 * every pairing with its reasons, and who is left.
 *
 * @param choiceProfile matched, then the residents given each ranking position, then unranked; null for a run stored
 *                      before profiles existed
 * @param choices       the choice profile in a director's words ({@link ResultWords#choices})
 * @param peerLayer     in a cohort with peer mentors, the peer layer's result (the fields above are then the
 *                      faculty layer's); absent otherwise
 * @param integrity     the integrity report ({@code IntegrityAudit}); absent for a result stored before it existed
 *                      (the run's {@code /integrity} audits those on request)
 */
public record RunResult(RunView run, MatchingResult.Bound bound, int blockingPairs, List<Integer> choiceProfile,
                        String choices, List<MatchingResult.Assignment> assignments,
                        List<MatchingResult.Unassigned> unassigned,
                        @JsonInclude(JsonInclude.Include.NON_NULL) MatchingResult peerLayer,
                        @JsonInclude(JsonInclude.Include.NON_NULL) IntegrityReport integrity) {
}
