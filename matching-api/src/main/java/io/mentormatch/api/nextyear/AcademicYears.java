package io.mentormatch.api.nextyear;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Academic years such as {@code 2026-2027}, and the codes and names that carry them into the next year. */
final class AcademicYears {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    private AcademicYears() {
    }

    /** {@code 2026-2027} → {@code 2027-2028}. */
    static String next(String academicYear) {
        Matcher m = YEAR.matcher(academicYear);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an academic year: " + academicYear);
        }
        int start = Integer.parseInt(m.group(1)) + 1;
        return start + "-" + (start + 1);
    }

    /**
     * The code or name for the next year: every mention of this year's academic year or its first calendar year moves
     * one year on ({@code IM-2026} → {@code IM-2027}); a text without one gets the next year appended after the separator.
     */
    static String carry(String text, String academicYear, String nextYear, String separator, int maxLength) {
        String startYear = academicYear.substring(0, 4);
        String carried = text.replace(academicYear, nextYear).replace(startYear, nextYear.substring(0, 4));
        if (carried.equals(text)) {
            carried = text + separator + nextYear;
        }
        return carried.length() <= maxLength ? carried : carried.substring(carried.length() - maxLength);
    }
}
