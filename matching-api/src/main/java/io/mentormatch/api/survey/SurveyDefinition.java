package io.mentormatch.api.survey;

/**
 * One survey of a cohort as its members are asked it.
 *
 * @param kind      FIRST_MEETING, MID_YEAR or END_OF_YEAR
 * @param slug      the kind in paths and survey ids, e.g. {@code first-meeting}
 * @param custom    whether the program reworded it (false: the defaults)
 */
public record SurveyDefinition(SurveyKind kind, String slug, SurveyQuestions questions, boolean custom) {
}
