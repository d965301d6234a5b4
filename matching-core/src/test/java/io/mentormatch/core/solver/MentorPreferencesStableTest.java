package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Residents;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

/** Issue 13: the residents a mentor names decide stable mode's outcome in the order the mentor names them. */
class MentorPreferencesStableTest {

    /** Only the mentors' preferences count, so any other outcome would come from elsewhere than the named order. */
    private static final Weights PREFERENCES_ONLY = new Weights(0, 0, 0, 0, 10, 0, 0);

    /**
     * One mentor with c seats names k of n residents, in a random order; the other mentors name no one and have
     * room for everyone. Every named resident would rather have the naming mentor, so of the residents it named it
     * gets exactly the first min(c, k), and reversing the names hands them to the last ones instead; seats left
     * over go to residents it did not name, who are indifferent.
     */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void givesTheMentorsSeatsToTheResidentsItNamedFirst(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 2, 9);
        int seats = between(random, 1, 3);
        List<String> named = new ArrayList<>(IntStream.range(0, residents).mapToObj(r -> "R" + r).toList());
        Collections.shuffle(named, new java.util.Random(random.nextLong()));
        named = named.subList(0, between(random, 1, Math.min(5, residents)));

        List<String> chosen = menteesOfTheNamingMentor(residents, seats, named);
        List<String> reversed = new ArrayList<>(named);
        Collections.reverse(reversed);
        List<String> chosenReversed = menteesOfTheNamingMentor(residents, seats, reversed);

        int taken = Math.min(seats, named.size());
        assertThat(chosen).filteredOn(named::contains).containsExactlyInAnyOrderElementsOf(named.subList(0, taken));
        assertThat(chosenReversed).filteredOn(named::contains)
                .containsExactlyInAnyOrderElementsOf(reversed.subList(0, taken));
        assertThat(chosen).hasSize(Math.min(seats, residents));
    }

    /**
     * In any cohort, a resident the mentor named who would rather have it (by its stated order) loses its seat only
     * to residents named earlier. Issue 20: the named order counts as stated, whatever the weight of its score term.
     */
    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void letsANamedResidentLoseOnlyToResidentsNamedNoLater(long seed) {
        Cohort random = new CohortGenerator(seed).withEdgeCases().generate(between(new SplittableRandom(seed), 1, 14), 6);
        Cohort cohort = new Cohort(random.info(), PREFERENCES_ONLY, random.mentors(), random.residents(),
                random.conflicts(), random.declined(), List.of(), List.of());
        PairScorer scorer = PairScorer.of(cohort);
        StatedPreferences stated = new StatedPreferences(scorer);
        int[] mentorOf = StableMatching.solve(scorer).mentorOf();

        for (int m = 0; m < scorer.mentorCount(); m++) {
            int mentor = m;
            List<Integer> mentees = IntStream.range(0, mentorOf.length).filter(r -> mentorOf[r] == mentor).boxed().toList();
            for (int r = 0; r < scorer.residentCount(); r++) {
                int position = scorer.mentorPreference(m, r);
                if (mentorOf[r] == m || position == 0 || !scorer.compatible(r, m)
                        || !stated.residentPrefers(r, m, mentorOf[r])) {
                    continue;
                }
                assertThat(mentees).as("mentor %d is full when named resident %d wants it", m, r).hasSize(scorer.capacity(m));
                for (int mentee : mentees) {
                    assertThat(scorer.mentorPreference(m, mentee))
                            .as("mentee %d of mentor %d against named resident %d", mentee, m, r)
                            .isBetween(1, position);
                }
            }
        }
    }

    private static List<String> menteesOfTheNamingMentor(int residents, int seats, List<String> named) {
        Cohort cohort = aCohort().weights(PREFERENCES_ONLY)
                .mentors(aMentor("NAMING").capacity(seats).preferring(named.toArray(String[]::new)),
                        aMentor("ROOMY").capacity(residents))
                .residents(IntStream.range(0, residents).mapToObj(r -> aResident("R" + r)).toArray(Residents[]::new))
                .build();
        PairScorer scorer = PairScorer.of(cohort);
        int[] mentorOf = StableMatching.solve(scorer).mentorOf();
        int naming = scorer.mentorIndex(cohort.mentors().get(0).id());
        return IntStream.range(0, residents).filter(r -> mentorOf[r] == naming)
                .mapToObj(r -> scorer.resident(r).id().value()).toList();
    }
}
