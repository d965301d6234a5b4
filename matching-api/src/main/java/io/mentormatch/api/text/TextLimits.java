package io.mentormatch.api.text;

import io.mentormatch.core.cohort.InputRules;

/**
 * The longest text each kind of field may hold: the column lengths of the schema (V1, V18), in one place so the
 * API's request records, the CSV import and the page forms refuse the same input and none of them can pass a
 * text the database would reject. {@code TextLimitsTest} compares them with the columns.
 */
public final class TextLimits {

    /** Names and labels: program, cohort, person, specialty, career goal (varchar 200). */
    public static final int NAME = InputRules.NAME;
    /** Codes of cohorts, residents and mentors (varchar 64). */
    public static final int CODE = InputRules.CODE_LENGTH;
    /** User names and e-mail addresses (varchar 320, the longest address RFC 5321 allows). */
    public static final int EMAIL = 320;
    /** An academic year such as 2027-2028 (varchar 9). */
    public static final int ACADEMIC_YEAR = 9;
    /** Free-text reasons: declining, overriding, conflicts of interest (varchar 2000). */
    public static final int REASON = InputRules.REASON;

    /** One interest; {@link #INTERESTS} of them, as a JSON array, fit the 4000 characters of the interests column. */
    public static final int INTEREST = InputRules.INTEREST;
    public static final int INTERESTS = InputRules.INTERESTS;
    /** An hour-of-week slot such as MON-18; every hour of the week fits the 2000 characters of the column. */
    public static final int SLOT = 6;
    public static final int SLOTS = 168;
    /** Mentor codes a resident ranks or avoids; as many as fit the 4000 characters of the ranking and avoid columns. */
    public static final int MENTOR_CODES = 50;

    private TextLimits() {
    }
}
