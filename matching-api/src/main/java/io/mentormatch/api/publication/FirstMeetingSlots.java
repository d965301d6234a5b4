package io.mentormatch.api.publication;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.mentormatch.core.cohort.WeeklyAvailability;

/**
 * Turns the common weekly hours of the people who are to meet (a pair, or a mentoring family: the mentor and
 * every member) into the next concrete date-times, in the program's time zone.
 */
public final class FirstMeetingSlots {

    private FirstMeetingSlots() {
    }

    /** The hours of the week in which every one of these people is free; none if anyone's slots are unreadable. */
    public static WeeklyAvailability common(List<List<String>> everyonesSlots) {
        WeeklyAvailability common = null;
        for (List<String> slots : everyonesSlots) {
            WeeklyAvailability own = WeeklyAvailability.parse(slots).orElse(WeeklyAvailability.NONE);
            common = common == null ? own : common.intersect(own);
        }
        return common == null ? WeeklyAvailability.NONE : common;
    }

    /**
     * The first {@code count} starts of common hours strictly after {@code after}. A pair or family may share a
     * single hour a week, so the search looks as many weeks ahead as slots are wanted, plus one.
     */
    public static List<ZonedDateTime> next(WeeklyAvailability common, Instant after, ZoneId zone, int count) {
        List<ZonedDateTime> slots = new ArrayList<>();
        if (common.isEmpty()) {
            return slots;
        }
        LocalDateTime local = after.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i <= (count + 1) * WeeklyAvailability.HOURS_PER_WEEK && slots.size() < count; i++, local = local.plusHours(1)) {
            int hourOfWeek = (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
            ZonedDateTime start = local.atZone(zone);
            // a local hour skipped by a daylight-saving change resolves to a later hour: not the hour promised
            if (common.contains(hourOfWeek) && start.getHour() == local.getHour() && start.toInstant().isAfter(after)) {
                slots.add(start);
            }
        }
        return slots;
    }
}
