package io.mentormatch.core.integrity;

import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;

/** The integrity report's phrases, with people's names, never solver terms. */
final class Words {

    private Words() {
    }

    /** "Dr. Lee (her 2nd choice)" or "Dr. Lee (a mentor they did not rank)" or "no mentor". */
    static String mentorFor(PairScorer scorer, int r, int m) {
        if (m == Matching.UNMATCHED) {
            return "no mentor";
        }
        int rank = scorer.residentRank(r, m);
        return scorer.mentor(m).name() + (rank > 0 ? " (" + PairExplainer.ordinal(rank) + " choice)" : " (not on their list)");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The mode's name for a director. */
    static String mode(String label) {
        return switch (label) {
            case "optimal" -> "Best total fit";
            case "stable" -> "Stable, residents' best";
            case "stable-mentor-optimal" -> "Stable, mentors' best";
            case "rank-maximal" -> "Most first choices";
            case "optimal-load-balanced" -> "Best total fit, even load";
            default -> label;
        };
    }
}
