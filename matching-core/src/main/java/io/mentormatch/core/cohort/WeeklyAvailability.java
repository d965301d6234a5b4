package io.mentormatch.core.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A set of hour-of-week slots ({@code MON-00} … {@code SUN-23}), kept as 168 bits so that the overlap of
 * two profiles costs three AND operations.
 */
public final class WeeklyAvailability {

    public static final int HOURS_PER_WEEK = 7 * 24;
    /** Words of 64 hours each that hold a week. */
    public static final int WORDS = 3;
    public static final WeeklyAvailability NONE = new WeeklyAvailability(new long[3]);
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final long[] bits;

    private WeeklyAvailability(long[] bits) {
        this.bits = bits;
    }

    /** The slots, or empty when any of them is not of the form {@code DAY-HH}. */
    public static Optional<WeeklyAvailability> parse(Collection<String> slots) {
        long[] bits = new long[3];
        for (String slot : slots) {
            int hour = hourOfWeek(slot);
            if (hour < 0) {
                return Optional.empty();
            }
            bits[hour >>> 6] |= 1L << hour;
        }
        return Optional.of(new WeeklyAvailability(bits));
    }

    public static WeeklyAvailability of(String... slots) {
        return parse(List.of(slots)).orElseThrow(() -> new IllegalArgumentException("bad slot in " + List.of(slots)));
    }

    public static WeeklyAvailability ofHours(Collection<Integer> hoursOfWeek) {
        long[] bits = new long[3];
        for (int hour : hoursOfWeek) {
            bits[hour >>> 6] |= 1L << hour;
        }
        return new WeeklyAvailability(bits);
    }

    /** 0 … 167 for a well-formed slot such as {@code WED-07}, otherwise -1. */
    public static int hourOfWeek(String slot) {
        if (slot == null || slot.length() != 6 || slot.charAt(3) != '-') {
            return -1;
        }
        int day = DAYS.indexOf(slot.substring(0, 3).toUpperCase(Locale.ROOT));
        if (day < 0 || !Character.isDigit(slot.charAt(4)) || !Character.isDigit(slot.charAt(5))) {
            return -1;
        }
        int hour = Integer.parseInt(slot.substring(4));
        return hour < 24 ? day * 24 + hour : -1;
    }

    public static String slotName(int hourOfWeek) {
        return DAYS.get(hourOfWeek / 24) + "-" + String.format(Locale.ROOT, "%02d", hourOfWeek % 24);
    }

    public int hours() {
        return Long.bitCount(bits[0]) + Long.bitCount(bits[1]) + Long.bitCount(bits[2]);
    }

    public boolean isEmpty() {
        return hours() == 0;
    }

    public int commonHours(WeeklyAvailability other) {
        return commonHours(bits, 0, other.bits, 0);
    }

    /**
     * Copies the slots as {@link #WORDS} words of bits into {@code words} from {@code offset}, so that an index
     * that scans thousands of profiles per query can keep them in one flat array.
     */
    public void copyTo(long[] words, int offset) {
        System.arraycopy(bits, 0, words, offset, WORDS);
    }

    /** Common hours of two sets copied by {@link #copyTo}. */
    public static int commonHours(long[] a, int offsetA, long[] b, int offsetB) {
        return Long.bitCount(a[offsetA] & b[offsetB])
                + Long.bitCount(a[offsetA + 1] & b[offsetB + 1])
                + Long.bitCount(a[offsetA + 2] & b[offsetB + 2]);
    }

    public WeeklyAvailability intersect(WeeklyAvailability other) {
        return new WeeklyAvailability(new long[] {
                bits[0] & other.bits[0], bits[1] & other.bits[1], bits[2] & other.bits[2]});
    }

    public boolean contains(int hourOfWeek) {
        return (bits[hourOfWeek >>> 6] & (1L << hourOfWeek)) != 0;
    }

    /** Hours of the week in this set, Monday 00:00 first. */
    public List<Integer> hoursOfWeek() {
        List<Integer> hours = new ArrayList<>(hours());
        for (int hour = 0; hour < HOURS_PER_WEEK; hour++) {
            if (contains(hour)) {
                hours.add(hour);
            }
        }
        return hours;
    }

    /** Slot names such as {@code MON-18}, Monday first. */
    public List<String> slots() {
        return hoursOfWeek().stream().map(WeeklyAvailability::slotName).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyAvailability other
                && bits[0] == other.bits[0] && bits[1] == other.bits[1] && bits[2] == other.bits[2];
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits[0]) * 961 + Long.hashCode(bits[1]) * 31 + Long.hashCode(bits[2]);
    }

    @Override
    public String toString() {
        return slots().toString();
    }
}
