package io.mentormatch.core.solver;

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
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Small random cohorts for property tests: every rule of the scorer gets exercised (bans, pins, rankings,
 * preferences, repeat pairs with either sign, the same-specialty rule, mentors not accepting, random weights),
 * so pair scores can be negative, tied, or all alike.
 */
final class RandomCohorts {

    private static final String[] SPECIALTIES = {"Internal Medicine", "Cardiology", "Pediatrics", "Neurology", ""};
    private static final String[] INTERESTS = {"clinical research", "wellness", "echocardiography", "simulation",
            "global health", "medical education"};

    private RandomCohorts() {
    }

    static PairScorer scorer(long seed, int residentCount, int mentorCount) {
        return PairScorer.of(cohort(seed, residentCount, mentorCount));
    }

    /** The same cohorts scored with weights of 0 or 1: few distinct pair scores, so ties are everywhere. */
    static PairScorer scorerWithTies(long seed, int residentCount, int mentorCount) {
        Random random = new Random(seed);
        Weights weights = new Weights(random.nextInt(2), random.nextInt(2), random.nextInt(2), random.nextInt(2),
                random.nextInt(2), 0, random.nextInt(2));
        return PairScorer.of(cohort(random.nextLong(), residentCount, mentorCount).withWeights(weights));
    }

    static Cohort cohort(long seed, int residentCount, int mentorCount) {
        Random random = new Random(seed);
        Weights weights = new Weights(random.nextInt(11), random.nextInt(11), random.nextInt(11), random.nextInt(11),
                random.nextInt(11), random.nextInt(11), random.nextInt(11));
        CohortInfo info = new CohortInfo("RANDOM", "Random cohort", random.nextInt(5) == 0, random.nextBoolean());
        List<Mentor> mentors = new ArrayList<>();
        for (int m = 0; m < mentorCount; m++) {
            mentors.add(new Mentor(mentorId(m), "M" + m, MentorKind.FACULTY, pick(random, SPECIALTIES),
                    interests(random), availability(random), random.nextInt(4), random.nextInt(8) != 0,
                    randomResidents(random, residentCount)));
        }
        List<Resident> residents = new ArrayList<>();
        for (int r = 0; r < residentCount; r++) {
            List<MentorId> ranking = new ArrayList<>();
            for (int m = 0; m < mentorCount; m++) {
                if (random.nextInt(3) == 0) {
                    ranking.add(random.nextInt(ranking.size() + 1), mentorId(m));
                }
            }
            Set<MentorId> avoid = new HashSet<>();
            if (mentorCount > 0 && random.nextInt(4) == 0) {
                MentorId avoided = mentorId(random.nextInt(mentorCount));
                if (!ranking.contains(avoided)) {
                    avoid.add(avoided);
                }
            }
            residents.add(new Resident(residentId(r), "R" + r, pick(random, SPECIALTIES), pick(random, SPECIALTIES),
                    interests(random), availability(random), ranking, avoid, random.nextBoolean()));
        }
        List<PairBan> conflicts = new ArrayList<>();
        List<PairBan> declined = new ArrayList<>();
        List<Pair> previous = new ArrayList<>();
        for (int r = 0; r < residentCount && mentorCount > 0; r++) {
            int roll = random.nextInt(10);
            Pair pair = new Pair(residentId(r), mentorId(random.nextInt(mentorCount)));
            if (roll == 0) {
                conflicts.add(new PairBan(pair.resident(), pair.mentor(), "supervisor"));
            } else if (roll == 1) {
                declined.add(new PairBan(pair.resident(), pair.mentor(), "declined"));
            } else if (roll < 4) {
                previous.add(pair);
            }
        }
        Cohort unpinned = new Cohort(info, weights, mentors, residents, conflicts, declined, List.of(), previous);
        return new Cohort(info, weights, mentors, residents, conflicts, declined, pins(random, unpinned), previous);
    }

    /** A few pins on compatible pairs, never more than a mentor's capacity. */
    private static List<Pair> pins(Random random, Cohort cohort) {
        PairScorer scorer = PairScorer.of(cohort);
        int[] used = new int[scorer.mentorCount()];
        List<Pair> pins = new ArrayList<>();
        for (int r = 0; r < scorer.residentCount() && scorer.mentorCount() > 0; r++) {
            int m = random.nextInt(scorer.mentorCount());
            if (random.nextInt(6) == 0 && scorer.compatible(r, m) && used[m] < scorer.capacity(m)) {
                used[m]++;
                pins.add(new Pair(residentId(r), mentorId(m)));
            }
        }
        return pins;
    }

    private static List<ResidentId> randomResidents(Random random, int residentCount) {
        Set<ResidentId> preferred = new LinkedHashSet<>();
        for (int i = 0; i < 2 && residentCount > 0; i++) {
            if (random.nextBoolean()) {
                preferred.add(residentId(random.nextInt(residentCount)));
            }
        }
        return List.copyOf(preferred);
    }

    private static List<String> interests(Random random) {
        Set<String> interests = new LinkedHashSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            interests.add(pick(random, INTERESTS));
        }
        return List.copyOf(interests);
    }

    private static WeeklyAvailability availability(Random random) {
        List<Integer> hours = new ArrayList<>();
        for (int hour = 0; hour < 6; hour++) {
            if (random.nextBoolean()) {
                hours.add(hour);
            }
        }
        return WeeklyAvailability.ofHours(hours);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static MentorId mentorId(int m) {
        return MentorId.of("M" + m);
    }

    static ResidentId residentId(int r) {
        return ResidentId.of("R" + r);
    }
}
