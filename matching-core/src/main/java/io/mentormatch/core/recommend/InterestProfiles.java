package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import io.mentormatch.core.scoring.InterestIndex;
import io.mentormatch.core.scoring.InterestProfile;

/**
 * The interest profiles of one side of the index (mentors or residents) by slot, with who holds each term.
 * <p>
 * When one document of the {@link InterestIndex} is replaced, the weight of a few terms changes, and with it
 * every profile that holds one of them: thousands for a common interest. Re-weighting them all at once would
 * make an update cost as much as thousands of queries, so a profile is re-weighted when it is next read
 * instead, always from the current weights: a read never sees a stale weight. Writes happen under the owner's
 * write lock; a re-weighting during reads is an idempotent replacement of an immutable record, safe to race.
 */
final class InterestProfiles {

    /** A profile and the clock time at which it was weighted. */
    private record Weighted(InterestProfile profile, long weightedAt) {
    }

    /** When each term's weight last changed, shared by both sides of the index. */
    static final class TermClock {
        private long now;
        private long[] changedAt = new long[64];

        void changed(int[] terms) {
            now++;
            for (int term : terms) {
                if (term >= changedAt.length) {
                    changedAt = java.util.Arrays.copyOf(changedAt, Math.max(term + 1, changedAt.length * 2));
                }
                changedAt[term] = now;
            }
        }

        boolean changedSince(int[] terms, long time) {
            for (int term : terms) {
                if (term < changedAt.length && changedAt[term] > time) {
                    return true;
                }
            }
            return false;
        }
    }

    private final InterestIndex interests;
    private final TermClock clock;
    private final Weighted[] slots;
    private final List<BitSet> holders = new ArrayList<>();

    InterestProfiles(InterestIndex interests, TermClock clock, int size) {
        this.interests = interests;
        this.clock = clock;
        this.slots = new Weighted[size];
    }

    /** The slot's profile weighted with the current document frequencies. */
    InterestProfile get(int slot) {
        Weighted weighted = slots[slot];
        if (clock.changedSince(weighted.profile().terms(), weighted.weightedAt())) {
            weighted = new Weighted(interests.reweighted(weighted.profile()), clock.now);
            slots[slot] = weighted;
        }
        return weighted.profile();
    }

    /** Puts a freshly weighted profile in the slot. Call under the owner's write lock. */
    void set(int slot, InterestProfile profile) {
        if (slots[slot] != null) {
            hold(slots[slot].profile(), slot, false);
        }
        slots[slot] = new Weighted(profile, clock.now);
        hold(profile, slot, true);
    }

    /** Slots whose profile holds at least one of these terms: for every other slot the cosine is 0. */
    BitSet holdingAny(int[] terms) {
        BitSet any = new BitSet(slots.length);
        for (int term : terms) {
            if (term < holders.size()) {
                any.or(holders.get(term));
            }
        }
        return any;
    }

    private void hold(InterestProfile profile, int slot, boolean holds) {
        for (int term : profile.terms()) {
            while (holders.size() <= term) {
                holders.add(new BitSet());
            }
            holders.get(term).set(slot, holds);
        }
    }
}
