package io.mentormatch.api.cohort;

/** The one place the defaults and limits of cohort settings live. */
public final class CohortDefaults {

    public static final String CODE_PATTERN = "[A-Za-z0-9._-]+";
    public static final String ACADEMIC_YEAR_PATTERN = "\\d{4}-\\d{4}";
    public static final int RESPONSE_WINDOW_DAYS = 7;
    public static final int MAX_RESPONSE_WINDOW_DAYS = 60;
    public static final int MAX_RANKED = 5;
    public static final int MAX_RANKED_LIMIT = 20;
    /** The largest mentoring family: beyond this a group stops being a family that meets together. */
    public static final int MAX_FAMILY_SIZE = 12;
    /** How many residents a mentor may name as preferred, unless the cohort says otherwise. */
    public static final int MAX_PREFERRED = 5;
    public static final int MAX_PREFERRED_LIMIT = 20;

    private CohortDefaults() {
    }
}
