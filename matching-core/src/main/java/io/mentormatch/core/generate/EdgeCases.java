package io.mentormatch.core.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Turns a realistic generated cohort into one where every rule of the pair scorer fires often: what
 * {@link CohortGenerator#withEdgeCases()} promises. Pair scores then can be negative, tied or all alike.
 */
final class EdgeCases {

    private EdgeCases() {
    }

    static Cohort of(Random random, Cohort realistic) {
        Weights weights = new Weights(random.nextInt(11), random.nextInt(11), random.nextInt(11), random.nextInt(11),
                random.nextInt(11), random.nextInt(11), random.nextInt(11));
        CohortInfo info = new CohortInfo(realistic.info().id(), realistic.info().name(), random.nextInt(5) == 0,
                random.nextBoolean());
        int residentCount = realistic.residents().size();
        List<Mentor> mentors = realistic.mentors().stream().map(m -> mentor(random, m, residentCount)).toList();
        List<Resident> residents = realistic.residents().stream().map(r -> resident(random, r)).toList();
        Set<Pair> banned = new HashSet<>();
        List<PairBan> conflicts = new ArrayList<>(realistic.conflicts());
        List<PairBan> declined = new ArrayList<>(realistic.declined());
        conflicts.forEach(b -> banned.add(new Pair(b.resident(), b.mentor())));
        declined.forEach(b -> banned.add(new Pair(b.resident(), b.mentor())));
        Set<Pair> previous = new LinkedHashSet<>(realistic.previousPairs());
        for (int r = 0; r < residents.size() && !mentors.isEmpty(); r++) {
            int roll = random.nextInt(10);
            Pair pair = new Pair(residents.get(r).id(), mentors.get(random.nextInt(mentors.size())).id());
            if (roll < 2 && banned.add(pair)) {
                (roll == 0 ? conflicts : declined).add(new PairBan(pair.resident(), pair.mentor(),
                        roll == 0 ? "supervisor" : "declined"));
            } else if (roll == 2 || roll == 3) {
                previous.add(pair);
            }
        }
        List<Pair> repeats = List.copyOf(previous);
        Cohort unpinned = new Cohort(info, weights, mentors, residents, conflicts, declined, List.of(), repeats);
        return new Cohort(info, weights, mentors, residents, conflicts, declined, pins(random, unpinned), repeats);
    }

    /** No seats, not accepting, a blank specialty, or a preferred resident or two: each now and then. */
    static Mentor mentor(Random random, Mentor mentor, int residentCount) {
        int capacity = random.nextInt(8) == 0 ? 0 : mentor.capacity();
        boolean accepting = mentor.accepting() && random.nextInt(8) != 0;
        String specialty = random.nextInt(12) == 0 ? "" : mentor.specialty();
        Set<ResidentId> preferred = new LinkedHashSet<>(mentor.preferredResidents());
        for (int i = 0; i < 2 && residentCount > 0; i++) {
            if (random.nextInt(3) == 0) {
                preferred.add(CohortDraw.residentId(random.nextInt(residentCount)));
            }
        }
        return new Mentor(mentor.id(), mentor.name(), mentor.kind(), specialty, mentor.interests(),
                mentor.availability(), capacity, accepting, List.copyOf(preferred));
    }

    /** One resident in six left the form empty; the others are open to other specialties half the time. */
    private static Resident resident(Random random, Resident resident) {
        boolean open = random.nextBoolean();
        if (random.nextInt(6) == 0) {
            return new Resident(resident.id(), resident.name(), "", "", List.of(), WeeklyAvailability.NONE,
                    List.of(), Set.of(), open);
        }
        return new Resident(resident.id(), resident.name(), resident.specialty(), resident.careerGoal(),
                resident.interests(), resident.availability(), resident.ranking(), resident.avoid(), open);
    }

    /** About one resident in six pinned to a compatible mentor, never more than the mentor's seats. */
    private static List<Pair> pins(Random random, Cohort cohort) {
        PairScorer scorer = PairScorer.of(cohort);
        int[] used = new int[scorer.mentorCount()];
        List<Pair> pins = new ArrayList<>();
        for (int r = 0; r < scorer.residentCount() && scorer.mentorCount() > 0; r++) {
            int m = random.nextInt(scorer.mentorCount());
            if (random.nextInt(6) == 0 && scorer.compatible(r, m) && used[m] < scorer.capacity(m)) {
                used[m]++;
                pins.add(new Pair(scorer.resident(r).id(), scorer.mentor(m).id()));
            }
        }
        return pins;
    }
}
