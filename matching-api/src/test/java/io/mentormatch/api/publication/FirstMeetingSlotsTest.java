package io.mentormatch.api.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.WeeklyAvailability;

class FirstMeetingSlotsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void suggestsNextCommonHoursInProgramTimeZone() {
        // Wednesday 2027-09-01 10:30 in Paris
        Instant after = ZonedDateTime.of(2027, 9, 1, 10, 30, 0, 0, PARIS).toInstant();
        WeeklyAvailability common = WeeklyAvailability.of("MON-18", "WED-07", "WED-11");

        List<ZonedDateTime> slots = FirstMeetingSlots.next(common, after, PARIS, 3);

        assertThat(slots).containsExactly(
                ZonedDateTime.of(2027, 9, 1, 11, 0, 0, 0, PARIS),
                ZonedDateTime.of(2027, 9, 6, 18, 0, 0, 0, PARIS),
                ZonedDateTime.of(2027, 9, 8, 7, 0, 0, 0, PARIS));
    }

    @Test
    void keepsOnlyTheHoursEveryoneOfAGroupIsFree() {
        WeeklyAvailability common = FirstMeetingSlots.common(List.of(List.of("MON-18", "WED-07", "FRI-10"),
                List.of("MON-18", "WED-07"), List.of("WED-07", "MON-18", "SAT-09")));

        assertThat(common.slots()).containsExactly("MON-18", "WED-07");
        assertThat(FirstMeetingSlots.common(List.of(List.of("MON-18"), List.of("TUE-09"))).isEmpty()).isTrue();
        assertThat(FirstMeetingSlots.common(List.of(List.of("MON-18"), List.of("not a slot"))).isEmpty()).isTrue();
    }

    @Test
    void findsThreeSlotsForSingleWeeklyHour() {
        Instant after = Instant.parse("2027-09-01T12:00:00Z");

        List<ZonedDateTime> slots = FirstMeetingSlots.next(WeeklyAvailability.of("MON-18"), after, ZoneId.of("UTC"), 3);

        assertThat(slots).hasSize(3).allMatch(s -> s.getDayOfWeek().getValue() == 1 && s.getHour() == 18);
    }

    @Test
    void neverSuggestsHourAlreadyStarted() {
        Instant after = Instant.parse("2027-09-06T18:00:00Z");

        List<ZonedDateTime> slots = FirstMeetingSlots.next(WeeklyAvailability.of("MON-18"), after, ZoneId.of("UTC"), 1);

        assertThat(slots).containsExactly(ZonedDateTime.parse("2027-09-13T18:00Z[UTC]"));
    }

    @Test
    void skipsHourThatDaylightSavingRemoves() {
        // Paris skips 02:00-03:00 on Sunday 2028-03-26
        Instant after = ZonedDateTime.of(2028, 3, 25, 12, 0, 0, 0, PARIS).toInstant();

        List<ZonedDateTime> slots = FirstMeetingSlots.next(WeeklyAvailability.of("SUN-02"), after, PARIS, 1);

        assertThat(slots).containsExactly(ZonedDateTime.of(2028, 4, 2, 2, 0, 0, 0, PARIS));
    }

    @Test
    void suggestsNothingWithoutCommonHours() {
        assertThat(FirstMeetingSlots.next(WeeklyAvailability.NONE, Instant.EPOCH, PARIS, 3)).isEmpty();
    }
}
