package io.mentormatch.api.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three check-in surveys of the mentoring year. Their questions' types are fixed: a score from 1 to 5, for the
 * mid-year and end-of-year surveys a yes/no "would recommend", and an optional free text. A program may reword
 * them (SurveyDefinitionEntity); these are the default words.
 */
public enum SurveyKind {
    FIRST_MEETING("After the first meeting", "Is this a good fit?", null, "Anything you would like to add?"),
    MID_YEAR("Mid-year", "How satisfied are you with your mentoring so far?", "Would you recommend this mentoring to a colleague?",
            "What helped most?"),
    END_OF_YEAR("End of year", "How satisfied are you with your mentoring this year?", "Would you recommend this mentoring to a colleague?",
            "What helped most?");

    private final String title;
    private final String scoreQuestion;
    private final String recommendQuestion;
    private final String textQuestion;

    SurveyKind(String title, String scoreQuestion, String recommendQuestion, String textQuestion) {
        this.title = title;
        this.scoreQuestion = scoreQuestion;
        this.recommendQuestion = recommendQuestion;
        this.textQuestion = textQuestion;
    }

    /** The kind as it appears in survey ids and paths: {@code first-meeting}, {@code mid-year}, {@code end-of-year}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The survey's name on pages, e.g. "Mid-year". */
    public String title() {
        return title;
    }

    public static Optional<SurveyKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst();
    }

    /** Whether the survey asks "would you recommend" (yes/no). */
    public boolean asksRecommend() {
        return recommendQuestion != null;
    }

    SurveyQuestions defaults() {
        return new SurveyQuestions(scoreQuestion, recommendQuestion, textQuestion);
    }
}
