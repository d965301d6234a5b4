package io.mentormatch.api.survey;

import java.util.List;

/** What the five points of a survey's score mean, as the form says before anyone answers: 1 is poor, 5 very good. */
public final class SurveyScale {

    public static final List<String> LABELS = List.of("Poor", "Weak", "Fair", "Good", "Very good");

    private SurveyScale() {
    }

    /** The point with its meaning, e.g. {@code 5 Very good}. */
    public static String label(int score) {
        return score + " " + LABELS.get(score - 1);
    }
}
