package io.mentormatch.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.ResidentId;

/**
 * The pairs a ban forbids, by resident, with the reason of each (the resident's avoid list, a declined pair, a
 * conflict of interest): the part of the hard rules that names a pair. Built once per cohort; {@link PairScorer}'s
 * what-if copies share it.
 */
final class PairBans {

    /** Per resident, the mentors it may not have, ascending. */
    final int[][] mentors;
    private final Incompatibility[][] reasons;

    private PairBans(int[][] mentors, Incompatibility[][] reasons) {
        this.mentors = mentors;
        this.reasons = reasons;
    }

    static PairBans of(Cohort cohort, ToIntFunction<ResidentId> residentIndex, ToIntFunction<MentorId> mentorIndex) {
        int residents = cohort.residents().size();
        List<Map<Integer, Incompatibility>> bans = new ArrayList<>();
        for (int r = 0; r < residents; r++) {
            Map<Integer, Incompatibility> ofResident = new HashMap<>();
            cohort.residents().get(r).avoid()
                    .forEach(avoided -> ofResident.put(mentorIndex.applyAsInt(avoided), Incompatibility.AVOIDED));
            bans.add(ofResident);
        }
        for (PairBan ban : cohort.declined()) {
            bans.get(residentIndex.applyAsInt(ban.resident()))
                    .put(mentorIndex.applyAsInt(ban.mentor()), Incompatibility.DECLINED);
        }
        for (PairBan ban : cohort.conflicts()) {
            bans.get(residentIndex.applyAsInt(ban.resident()))
                    .put(mentorIndex.applyAsInt(ban.mentor()), Incompatibility.CONFLICT_OF_INTEREST);
        }
        int[][] mentors = new int[residents][];
        Incompatibility[][] reasons = new Incompatibility[residents][];
        for (int r = 0; r < residents; r++) {
            mentors[r] = bans.get(r).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            reasons[r] = Arrays.stream(mentors[r]).mapToObj(bans.get(r)::get).toArray(Incompatibility[]::new);
        }
        return new PairBans(mentors, reasons);
    }

    /** Whether a ban forbids the pair. */
    boolean forbids(int r, int m) {
        return mentors[r].length > 0 && Arrays.binarySearch(mentors[r], m) >= 0;
    }

    /** The reason of the ban on the pair, or empty when there is none. */
    Optional<Incompatibility> reason(int r, int m) {
        int ban = Arrays.binarySearch(mentors[r], m);
        return ban >= 0 ? Optional.of(reasons[r][ban]) : Optional.empty();
    }

    /** The mentors the cohort bans for resident r (declined pairs, conflicts of interest), ascending. */
    int[] byCohort(int r) {
        return IntStream.range(0, mentors[r].length).filter(i -> reasons[r][i] != Incompatibility.AVOIDED)
                .map(i -> mentors[r][i]).toArray();
    }
}
