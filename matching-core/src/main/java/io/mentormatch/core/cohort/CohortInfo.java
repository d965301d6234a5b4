package io.mentormatch.core.cohort;

/**
 * The cohort's identity and its cohort-wide rules.
 *
 * @param requireSameSpecialty a mentor is compatible only if their specialty equals the resident's specialty or career goal
 * @param preferContinuity     last year's pair is rewarded instead of penalised by the repeat-pair weight
 * @param familySize           mentoring families: each faculty mentor's mentees form one family of at most this many
 *                             residents who meet together; null for one-to-one mentoring
 */
public record CohortInfo(String id, String name, boolean requireSameSpecialty, boolean preferContinuity,
                         Integer familySize) {

    /** The smallest family: one mentor with two residents. */
    public static final int MIN_FAMILY_SIZE = 2;

    /** A one-to-one cohort. */
    public CohortInfo(String id, String name, boolean requireSameSpecialty, boolean preferContinuity) {
        this(id, name, requireSameSpecialty, preferContinuity, null);
    }

    public boolean families() {
        return familySize != null;
    }

    /** Whether the mentor leads a family: in a family cohort, every faculty mentor does. */
    public boolean leadsFamily(Mentor mentor) {
        return leadsFamily(familySize, mentor.kind());
    }

    /** The same rule for a stored cohort and mentor: a faculty mentor in a cohort with a family size. */
    public static boolean leadsFamily(Integer familySize, MentorKind kind) {
        return familySize != null && kind == MentorKind.FACULTY;
    }

    /** The mentees the mentor may take: their capacity, and in a family cohort at most one family for faculty. */
    public int capacityOf(Mentor mentor) {
        return leadsFamily(mentor) ? Math.min(mentor.capacity(), familySize) : mentor.capacity();
    }

    /** Seats the mentor offers to the matching: {@link #capacityOf}, none when not accepting. */
    public int seatsOf(Mentor mentor) {
        return mentor.accepting() ? Math.max(capacityOf(mentor), 0) : 0;
    }
}
