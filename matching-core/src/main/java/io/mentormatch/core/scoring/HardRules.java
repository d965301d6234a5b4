package io.mentormatch.core.scoring;

import java.util.Optional;

import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.SameSpecialty;

/**
 * The hard rules that decide whether a pair is compatible, given what the cohort knows about the pair (a
 * conflict of interest, a decline, the resident's avoid list). Shared by {@link PairScorer} and the
 * recommendation index so that a recommended mentor is always one the solver may assign.
 */
public final class HardRules {

    private HardRules() {
    }

    /** @param banned whether a conflict of interest, a decline or the resident's avoid list forbids the pair */
    public static boolean allows(Resident resident, Mentor mentor, boolean banned, boolean requireSameSpecialty) {
        return takesMentees(mentor) && !banned && specialtyAllows(resident, mentor, requireSameSpecialty);
    }

    /** The rules on the mentor alone: accepting, with seats. */
    public static boolean takesMentees(Mentor mentor) {
        return mentor.effectiveCapacity() > 0;
    }

    /** The cohort's same-specialty rule, when it has one. */
    public static boolean specialtyAllows(Resident resident, Mentor mentor, boolean requireSameSpecialty) {
        return !requireSameSpecialty || SameSpecialty.holds(resident, mentor);
    }

    /**
     * The first hard rule that forbids the pair, or empty when it is compatible.
     *
     * @param ban the conflict, decline or avoidance that forbids this pair, or null when there is none
     */
    public static Optional<Incompatibility> firstBroken(Resident resident, Mentor mentor, Incompatibility ban,
                                                        boolean requireSameSpecialty) {
        if (!mentor.accepting()) {
            return Optional.of(Incompatibility.NOT_ACCEPTING);
        }
        if (mentor.capacity() <= 0) {
            return Optional.of(Incompatibility.NO_CAPACITY);
        }
        if (ban != null) {
            return Optional.of(ban);
        }
        if (requireSameSpecialty && !SameSpecialty.holds(resident, mentor)) {
            return Optional.of(Incompatibility.DIFFERENT_SPECIALTY);
        }
        return Optional.empty();
    }
}
