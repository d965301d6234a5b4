package io.mentormatch.api.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.meeting.FirstMeeting;
import io.mentormatch.api.meeting.MeetingRepository;

/** The due rule of the surveys, read at fixed moments. */
class SurveyCalendarTest {

    private static final Instant PUBLISHED = Instant.parse("2027-07-01T09:00:00Z");

    @Test
    void dueTheFirstMeetingSurveyOnceThePairMetAndNotBefore() {
        Map<Long, Instant> met = Map.of(7L, Instant.parse("2027-07-20T10:00:00Z"));
        assertThat(year(met, "2027-07-20T09:59:59Z").isDue(7, SurveyKind.FIRST_MEETING)).isFalse();
        assertThat(year(met, "2027-07-20T10:00:00Z").isDue(7, SurveyKind.FIRST_MEETING)).isTrue();
        assertThat(year(met, "2028-06-30T00:00:00Z").isDue(8, SurveyKind.FIRST_MEETING)).as("never met").isFalse();
    }

    @Test
    void duesMidYearAfterSixMonthsAndEndOfYearAfterElevenMonths() {
        assertThat(year(Map.of(), "2027-12-31T23:59:59Z").isDue(7, SurveyKind.MID_YEAR)).isFalse();
        assertThat(year(Map.of(), "2028-01-01T09:00:00Z").isDue(7, SurveyKind.MID_YEAR)).isTrue();
        assertThat(year(Map.of(), "2028-05-31T23:00:00Z").isDue(7, SurveyKind.END_OF_YEAR)).isFalse();
        assertThat(year(Map.of(), "2028-06-01T09:00:00Z").isDue(7, SurveyKind.END_OF_YEAR)).isTrue();
    }

    @Test
    void closesTheFirstMeetingSurveyWhenMidYearOpensYetNotWithinFourWeeksOfTheMeeting() {
        Map<Long, Instant> met = Map.of(7L, Instant.parse("2027-07-20T10:00:00Z"), 8L, Instant.parse("2027-12-25T10:00:00Z"));
        assertThat(year(met, "2027-12-31T23:59:59Z").isDue(7, SurveyKind.FIRST_MEETING)).isTrue();
        assertThat(year(met, "2028-01-01T09:00:00Z").isDue(7, SurveyKind.FIRST_MEETING)).as("mid-year opened").isFalse();
        assertThat(year(met, "2028-01-01T09:00:00Z").hasOpened(7, SurveyKind.FIRST_MEETING)).isTrue();
        assertThat(year(met, "2028-01-22T09:00:00Z").isDue(8, SurveyKind.FIRST_MEETING)).as("met a week before mid-year").isTrue();
        assertThat(year(met, "2028-01-22T10:00:00Z").isDue(8, SurveyKind.FIRST_MEETING)).isFalse();
    }

    @Test
    void closesMidYearWhenTheEndOfYearOpensAndTheEndOfYearAfterEightWeeks() {
        assertThat(year(Map.of(), "2028-05-31T23:00:00Z").isDue(7, SurveyKind.MID_YEAR)).isTrue();
        assertThat(year(Map.of(), "2028-06-01T09:00:00Z").isDue(7, SurveyKind.MID_YEAR)).isFalse();
        assertThat(year(Map.of(), "2028-07-27T08:59:59Z").isDue(7, SurveyKind.END_OF_YEAR)).isTrue();
        assertThat(year(Map.of(), "2028-07-27T09:00:00Z").isDue(7, SurveyKind.END_OF_YEAR)).isFalse();
        assertThat(year(Map.of(), "2028-07-27T09:00:00Z").closesAt(7, SurveyKind.END_OF_YEAR))
                .contains(Instant.parse("2028-07-27T09:00:00Z"));
    }

    @Test
    void takesTheFirstLoggedMeetingOrElseTheEndOfTheFirstMeetingWindow() {
        MeetingRepository meetings = mock(MeetingRepository.class);
        when(meetings.firstMeetings(1)).thenReturn(List.of(new FirstMeeting(7L, LocalDate.parse("2027-07-10")),
                new FirstMeeting(9L, LocalDate.parse("2027-09-01"))));

        assertThat(new LoggedFirstMeetings(meetings).firstMeetings(1, PUBLISHED, List.of(7L, 8L, 9L)))
                .containsOnlyKeys(7L, 8L, 9L)
                .containsEntry(7L, Instant.parse("2027-07-10T00:00:00Z"))
                .containsEntry(8L, Instant.parse("2027-07-29T09:00:00Z"))
                .containsEntry(9L, Instant.parse("2027-07-29T09:00:00Z"));
    }

    @Test
    void readsSurveyIdsAndRefusesAnythingElse() {
        assertThat(SurveyId.parse("42-first-meeting")).contains(new SurveyId(42, SurveyKind.FIRST_MEETING));
        assertThat(SurveyId.parse("42-end-of-year").map(SurveyId::toString)).contains("42-end-of-year");
        for (String bad : List.of("", "42", "0-mid-year", "-1-mid-year", "42-MID-YEAR", "42-later",
                "99999999999999999999-mid-year", "42-mid-year ")) {
            assertThat(SurveyId.parse(bad)).as(bad).isEmpty();
        }
        assertThat(SurveyId.parse(null)).isEmpty();
    }

    private static SurveyCalendar.Year year(Map<Long, Instant> met, String now) {
        return new SurveyCalendar.Year(1, PUBLISHED, List.of(), met, Instant.parse(now));
    }
}
