package io.mentormatch.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.meeting.MeetingTopics;

/** The text limits are the column lengths the migrations create: a migration that changes one fails here. */
@SpringBootTest
class TextLimitsTest {

    private static final Map<String, Integer> COLUMNS = Map.ofEntries(
            Map.entry("program.name", TextLimits.NAME),
            Map.entry("cohort.name", TextLimits.NAME),
            Map.entry("cohort.code", TextLimits.CODE),
            Map.entry("cohort.academic_year", TextLimits.ACADEMIC_YEAR),
            Map.entry("app_user.username", TextLimits.EMAIL),
            Map.entry("app_user.display_name", TextLimits.NAME),
            Map.entry("app_user.email", TextLimits.EMAIL),
            Map.entry("mentor.code", TextLimits.CODE),
            Map.entry("mentor.name", TextLimits.NAME),
            Map.entry("mentor.email", TextLimits.EMAIL),
            Map.entry("mentor.specialty", TextLimits.NAME),
            Map.entry("resident.code", TextLimits.CODE),
            Map.entry("resident.name", TextLimits.NAME),
            Map.entry("resident.email", TextLimits.EMAIL),
            Map.entry("resident.specialty", TextLimits.NAME),
            Map.entry("resident.career_goal", TextLimits.NAME),
            Map.entry("preference_form_version.career_goal", TextLimits.NAME),
            Map.entry("pair_rule.reason", TextLimits.REASON),
            Map.entry("proposal.decision_reason", TextLimits.REASON),
            Map.entry("publication.override_reason", TextLimits.REASON),
            Map.entry("survey_definition.score_question", TextLimits.NAME),
            Map.entry("survey_definition.recommend_question", TextLimits.NAME),
            Map.entry("survey_definition.text_question", TextLimits.NAME),
            Map.entry("survey_response.answer_text", TextLimits.REASON),
            Map.entry("mentoring_meeting.note", TextLimits.REASON),
            Map.entry("mentoring_goal.text", TextLimits.REASON));

    /** JSON array columns: the most items of the longest length, quoted and comma-separated, must fit. */
    private static final Map<String, Integer> LIST_COLUMNS = Map.of(
            "mentor.interests", TextLimits.INTERESTS * (TextLimits.INTEREST + 3),
            "resident.interests", TextLimits.INTERESTS * (TextLimits.INTEREST + 3),
            "mentor.availability", TextLimits.SLOTS * (TextLimits.SLOT + 3),
            "resident.availability", TextLimits.SLOTS * (TextLimits.SLOT + 3),
            "resident.ranking", TextLimits.MENTOR_CODES * (TextLimits.CODE + 3),
            "resident.avoid", TextLimits.MENTOR_CODES * (TextLimits.CODE + 3),
            "mentoring_meeting.topics", MeetingTopics.MAX * (TextLimits.INTEREST + 3));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void equalTheColumnLengths() {
        COLUMNS.forEach((column, limit) -> assertThat(length(column)).as(column).isEqualTo(limit));
    }

    @Test
    void letTheLongestListsFitTheirColumns() {
        LIST_COLUMNS.forEach((column, longest) -> assertThat(length(column)).as(column).isGreaterThanOrEqualTo(longest + 2));
    }

    private int length(String column) {
        String[] parts = column.split("\\.");
        return jdbc.queryForObject("""
                select character_maximum_length from information_schema.columns
                where lower(table_name) = ? and lower(column_name) = ?""", Integer.class, parts[0], parts[1]);
    }
}
