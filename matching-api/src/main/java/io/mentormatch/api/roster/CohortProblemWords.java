package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.core.cohort.CohortProblem;

/**
 * A cohort's problems as the director reads them in the API and on pages: sentences naming people by name ("Amara
 * Osei is kept with Dr. Chen, who is not taking mentees"), never the file's ids. The command line keeps the core's
 * messages, which name the ids of the file its reader holds.
 */
final class CohortProblemWords {

    private CohortProblemWords() {
    }

    static List<FieldProblem> of(List<CohortProblem> problems) {
        return problems.stream().map(p -> FieldProblem.of(p.field(), sentence(p))).toList();
    }

    static String sentence(CohortProblem p) {
        List<String> names = p.names();
        String first = names.isEmpty() ? null : names.get(0);
        String second = names.size() < 2 ? "a mentor the file does not list" : names.get(1);
        return switch (p.kind()) {
            case FIELD -> p.message();
            case UNKNOWN_MENTOR -> (first == null ? "A pair" : first + "'s list")
                    + " names a mentor the file does not list; add the mentor or remove the entry.";
            case UNKNOWN_RESIDENT -> (first == null ? "A pair" : first + "'s list")
                    + " names a resident the file does not list; add the resident or remove the entry.";
            case DUPLICATE_ID -> "Two people in the file share one id; give each their own.";
            case RANKED_TWICE -> first + " ranks " + second + " more than once; keep one.";
            case PINNED_TWICE -> first + " is kept with more than one mentor of the same kind; keep one pair.";
            case PINNED_AND_BANNED -> first + " is kept with " + second + ", but that pair is also a conflict, a"
                    + " decline or on " + first + "'s list of mentors to avoid; remove one of the two.";
            case PINNED_NOT_ACCEPTING -> first + " is kept with " + second + ", who is not taking mentees; remove the"
                    + " pair or let " + second + " take mentees.";
            case PINNED_OTHER_SPECIALTY -> first + " is kept with " + second + ", from another specialty, but the"
                    + " cohort asks for mentors of the resident's own specialty; remove the pair or that rule.";
            case PINNED_OVER_CAPACITY -> first + " is kept with " + p.count() + " residents, more than "
                    + first + " takes; remove some of those pairs or raise the number " + first + " takes.";
        };
    }
}
