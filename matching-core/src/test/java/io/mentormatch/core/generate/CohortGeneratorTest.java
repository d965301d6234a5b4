package io.mentormatch.core.generate;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortDocument;
import io.mentormatch.core.cohort.CohortValidator;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.scoring.PairScorer;

class CohortGeneratorTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(30)
    void producesCohortsThatPassValidation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int residents = between(random, 0, 300);
        int mentors = between(random, 1, 120);
        Cohort cohort = new CohortGenerator(random.nextLong()).generate(residents, mentors);

        Cohort validated = CohortValidator.validate(CohortDocument.from(cohort));

        assertThat(validated.residents()).hasSize(residents);
        assertThat(validated.mentors()).hasSize(mentors);
    }

    @Test
    void producesTheSameCohortForTheSameSeed() {
        assertThat(CohortDocument.from(new CohortGenerator(42).generate(200, 80)))
                .isEqualTo(CohortDocument.from(new CohortGenerator(42).generate(200, 80)));
        assertThat(CohortDocument.from(new CohortGenerator(43).generate(200, 80)))
                .isNotEqualTo(CohortDocument.from(new CohortGenerator(42).generate(200, 80)));
    }

    @Test
    void keepsTotalCapacityCloseToTheNumberOfResidents() {
        Cohort cohort = new CohortGenerator(1).generate(2000, 1000);

        int capacity = cohort.mentors().stream().mapToInt(Mentor::capacity).sum();

        assertThat(capacity).isBetween(1940, 2100);
    }

    @Test
    void offersTheRequestedNumberOfSeats() {
        Cohort cohort = new CohortGenerator(5).generate(2000, 1000, 0.95);

        assertThat(cohort.mentors().stream().mapToInt(Mentor::capacity).sum()).isEqualTo(1900);
    }

    @Test
    void aimsResidentsAtSubspecialtiesAndFavoursAFewMentors() {
        Cohort cohort = new CohortGenerator(3).generate(2000, 1000);

        long subspecialtyGoals = cohort.residents().stream()
                .filter(r -> !r.careerGoal().isBlank() && !r.careerGoal().equals(r.specialty())).count();
        long rankings = cohort.residents().stream().mapToLong(r -> r.ranking().size()).sum();
        long topTenPercentRankings = cohort.residents().stream().flatMap(r -> r.ranking().stream())
                .collect(Collectors.groupingBy(m -> m, Collectors.counting())).values().stream()
                .sorted((a, b) -> Long.compare(b, a)).limit(100).mapToLong(Long::longValue).sum();
        Set<String> interests = cohort.residents().stream().flatMap(r -> r.interests().stream())
                .collect(Collectors.toSet());

        assertThat(subspecialtyGoals).isGreaterThan(1000);
        assertThat(topTenPercentRankings).isGreaterThan(rankings / 4);
        assertThat(interests).hasSizeBetween(40, 60);
        assertThat(cohort.residents()).allMatch(r -> !r.availability().isEmpty());
        assertThat(cohort.residents().stream().map(Resident::specialty).distinct().count()).isEqualTo(10);
    }

    @Test
    void givesTheSameRealisticCohortWhateverOtherCohortsWereAskedFor() {
        CohortGenerator generator = new CohortGenerator(11);
        Cohort cohort = generator.generate(100, 40);
        generator.mentorEdits(cohort, 10);

        assertThat(CohortDocument.from(generator.generate(100, 40))).isEqualTo(CohortDocument.from(cohort));
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(100)
    void pinsOnlyCompatiblePairsWithinCapacityWithEdgeCases(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Cohort cohort = new CohortGenerator(random.nextLong()).withEdgeCases()
                .generate(between(random, 0, 30), between(random, 0, 12));
        PairScorer scorer = PairScorer.of(cohort);
        int[] pinnedPerMentor = new int[scorer.mentorCount()];

        for (int r = 0; r < scorer.residentCount(); r++) {
            int m = scorer.pinnedMentor(r);
            if (m >= 0) {
                pinnedPerMentor[m]++;
                assertThat(scorer.compatible(r, m)).isTrue();
            }
        }
        for (int m = 0; m < scorer.mentorCount(); m++) {
            assertThat(pinnedPerMentor[m]).isLessThanOrEqualTo(scorer.capacity(m));
        }
    }

    /** What the property tests rely on: over a few dozen small cohorts, every rule of the scorer fires. */
    @Test
    void coversEveryRuleOfTheScorerWithEdgeCases() {
        List<Cohort> cohorts = LongStream.rangeClosed(1, 40)
                .mapToObj(seed -> new CohortGenerator(seed).withEdgeCases().generate(12, 6)).toList();
        List<Mentor> mentors = cohorts.stream().flatMap(c -> c.mentors().stream()).toList();
        List<Resident> residents = cohorts.stream().flatMap(c -> c.residents().stream()).toList();

        assertThat(cohorts).anyMatch(c -> c.info().requireSameSpecialty()).anyMatch(c -> c.info().preferContinuity())
                .anyMatch(c -> !c.pinned().isEmpty()).anyMatch(c -> !c.conflicts().isEmpty())
                .anyMatch(c -> !c.declined().isEmpty()).anyMatch(c -> !c.previousPairs().isEmpty())
                .anyMatch(c -> c.weights().loadBalance() == 0).anyMatch(c -> !c.weights().equals(Weights.DEFAULT));
        assertThat(mentors).anyMatch(m -> m.capacity() == 0).anyMatch(m -> !m.accepting())
                .anyMatch(m -> m.specialty().isBlank()).anyMatch(m -> !m.preferredResidents().isEmpty());
        assertThat(residents).anyMatch(r -> r.ranking().isEmpty() && r.interests().isEmpty())
                .anyMatch(r -> !r.avoid().isEmpty()).anyMatch(r -> !r.openToOtherSpecialties());
        assertThat(cohorts).anyMatch(c -> negativePairScore(PairScorer.of(c)));
    }

    @Test
    void makesCohortsOfAnySizeDownToNoneWithEdgeCases() {
        CohortGenerator generator = new CohortGenerator(3).withEdgeCases();

        assertThat(generator.generate(0, 0).residents()).isEmpty();
        assertThat(generator.generate(5, 0).mentors()).isEmpty();
        assertThat(generator.generate(0, 5).mentors()).hasSize(5);
    }

    @Test
    void redrawsProfilesUnderTheIdsOfTheCohortsMentors() {
        CohortGenerator generator = new CohortGenerator(8);
        Cohort cohort = generator.generate(50, 20);
        Set<MentorId> ids = cohort.mentors().stream().map(Mentor::id).collect(Collectors.toSet());

        List<Mentor> edits = generator.mentorEdits(cohort, 30);

        assertThat(edits).hasSize(30).allMatch(edit -> ids.contains(edit.id()));
        assertThat(edits).anyMatch(edit -> !cohort.mentors().contains(edit));
        assertThat(edits).isEqualTo(generator.mentorEdits(cohort, 30));
    }

    @Test
    void typesInterestsWithALongTailOfRareTopics() {
        Cohort cohort = new CohortGenerator(4).withTypedInterests(2_000).generate(2000, 1000);

        Set<String> interests = cohort.residents().stream().flatMap(r -> r.interests().stream())
                .collect(Collectors.toSet());

        assertThat(interests).contains("POCUS", "point-of-care ultrasound").hasSizeGreaterThan(500);
    }

    private static boolean negativePairScore(PairScorer scorer) {
        for (int r = 0; r < scorer.residentCount(); r++) {
            for (int m = 0; m < scorer.mentorCount(); m++) {
                if (scorer.score(r, m) < 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
