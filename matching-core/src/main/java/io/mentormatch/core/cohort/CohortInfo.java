package io.mentormatch.core.cohort;

/**
 * The cohort's identity and its cohort-wide rules.
 *
 * @param requireSameSpecialty a mentor is compatible only if their specialty equals the resident's specialty or career goal
 * @param preferContinuity     last year's pair is rewarded instead of penalised by the repeat-pair weight
 */
public record CohortInfo(String id, String name, boolean requireSameSpecialty, boolean preferContinuity) {
}
