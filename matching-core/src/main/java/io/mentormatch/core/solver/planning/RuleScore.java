package io.mentormatch.core.solver.planning;

import java.util.List;

/**
 * What one rule of the matching model made of a matching: its name as in the constraint provider
 * ("Resident rank"), its part of the score and, for each match, the words the explanations use.
 */
public record RuleScore(String rule, String score, List<String> matches) {

    public RuleScore {
        matches = List.copyOf(matches);
    }
}
