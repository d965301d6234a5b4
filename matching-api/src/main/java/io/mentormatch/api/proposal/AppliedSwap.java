package io.mentormatch.api.proposal;

import java.time.Instant;

/**
 * A swap the director applied on the review page: the two residents, each one's mentor before the swap, and
 * whether it can still be reverted (both pairings unchanged and not yet sent), with the reason when not.
 */
public record AppliedSwap(long id, String firstResident, String firstResidentName, String firstMentorBefore,
                          String secondResident, String secondResidentName, String secondMentorBefore,
                          Instant appliedAt, String appliedBy, Instant revertedAt, boolean revertable,
                          String notRevertableBecause) {
}
