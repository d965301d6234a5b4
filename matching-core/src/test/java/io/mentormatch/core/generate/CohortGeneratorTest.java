package io.mentormatch.core.generate;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortDocument;
import io.mentormatch.core.cohort.CohortValidator;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.fixture.Seeds;

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
}
