package io.mentormatch.core.recommend;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.scoring.InterestIndex;
import io.mentormatch.core.scoring.InterestProfile;
import io.mentormatch.core.scoring.PairScorer;

/**
 * One resident's side of every pair, looked up once per query.
 *
 * @param sharing mentors who hold at least one of the resident's interests: for all others the cosine is 0
 * @param personal mentors the resident ranked, who asked for the resident, or were paired with them last
 *                 year, ascending: the few pairs whose rank, preference and repeat terms are not 0
 */
record Seeker(Resident resident, int slot, int preferenceSlot, InterestProfile interests, BitSet sharing,
              byte[] specialtyRow, long[] hours, int[] ranking, int[] banned, int[] previous, int[] personal) {

    /** @param blind leave the mentors' preferences for the resident out, as if they had named no one */
    static Seeker of(Resident resident, boolean blind, PairScorer scorer, InterestIndex interests,
                     InterestProfiles mentorInterests, Map<Integer, Set<Integer>> preferredBy) {
        Integer slot = scorer.findResident(resident.id()).stream().boxed().findFirst().orElse(null);
        int[] ranking = resident.ranking().stream().mapToInt(id -> scorer.findMentor(id).orElse(-1)).toArray();
        int[] banned = IntStream.concat(slot == null ? IntStream.empty() : Arrays.stream(scorer.cohortBans(slot)),
                        resident.avoid().stream().mapToInt(id -> scorer.findMentor(id).orElse(-1)))
                .filter(m -> m >= 0).distinct().sorted().toArray();
        int[] previous = slot == null ? new int[0] : scorer.previousMentors(slot);
        InterestProfile profile = interests.profile(resident.interests());
        BitSet sharing = mentorInterests.holdingAny(profile.terms());
        IntStream preferring = slot == null || blind ? IntStream.empty()
                : preferredBy.getOrDefault(slot, Set.of()).stream().mapToInt(Integer::intValue);
        int[] personal = IntStream.concat(IntStream.concat(Arrays.stream(ranking), Arrays.stream(previous)),
                preferring).filter(m -> m >= 0).distinct().sorted().toArray();
        long[] hours = new long[WeeklyAvailability.WORDS];
        resident.availability().copyTo(hours, 0);
        return new Seeker(resident, slot == null ? -1 : slot, slot == null || blind ? -1 : slot, profile, sharing,
                scorer.specialtyMatches().row(resident), hours, ranking, banned, previous, personal);
    }

    /** The 1-based position of {@code value} in {@code list}, or 0 when it is not there (a rank, a preference). */
    static int position(int[] list, int value) {
        for (int i = 0; i < list.length; i++) {
            if (list[i] == value) {
                return i + 1;
            }
        }
        return 0;
    }
}
