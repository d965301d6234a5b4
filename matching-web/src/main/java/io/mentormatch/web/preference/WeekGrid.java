package io.mentormatch.web.preference;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The clickable week shown by the resident's form and the mentor's profile: one checkbox per hour-of-week slot
 * ({@code MON-18}) from early morning to late evening. Slots outside it that a person already has are kept as
 * hidden fields, so saving the form never drops them.
 */
public final class WeekGrid {

    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    public static final List<String> DAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    public static final List<String> HOURS = IntStream.rangeClosed(6, 22).mapToObj(h -> String.format("%02d", h)).toList();

    private WeekGrid() {
    }

    public static List<String> outside(List<String> slots) {
        return slots.stream().filter(slot -> slot.length() != 6 || !HOURS.contains(slot.substring(4))).toList();
    }
}
