package io.mentormatch.api.mentor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * The rules of a mentor's preferred residents: at most the cohort's number, each once, each a resident of the
 * cohort whom the mentor may be given (no conflict of interest, decline or place on the resident's avoid list).
 */
final class PreferredResidents {

    private PreferredResidents() {
    }

    /** @param index the cohort's recommendation index; may be null when the list is empty */
    static List<FieldProblem> problems(CohortEntity cohort, RecommendationIndex index, MentorId mentor,
                                       List<String> preferred) {
        List<FieldProblem> problems = new ArrayList<>();
        if (preferred.size() > cohort.getMaxPreferredResidents()) {
            problems.add(FieldProblem.of("preferredResidents", "You named " + preferred.size()
                    + " residents; this program allows at most " + cohort.getMaxPreferredResidents() + ". Remove "
                    + (preferred.size() - cohort.getMaxPreferredResidents()) + " of them."));
        }
        Set<String> seen = new HashSet<>();
        for (String code : preferred) {
            ResidentId resident = ResidentId.of(code);
            if (!index.hasResident(resident)) {
                problems.add(FieldProblem.of("preferredResidents", "A resident you named is not in this cohort."
                        + " Reload the page and check your list."));
            } else if (!seen.add(code)) {
                problems.add(FieldProblem.of("preferredResidents", "You named the same resident twice. Keep one."));
            } else if (index.ban(resident, mentor).isPresent()) {
                problems.add(FieldProblem.of("preferredResidents", "A resident you named cannot be paired"
                        + " with you (a conflict of interest, an earlier decline, or their own wish). Remove them."));
            }
        }
        return problems;
    }
}
