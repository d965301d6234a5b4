package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class FamiliesTest {

    private static final SolveOptions QUICK = new SolveOptions(MatchingMode.OPTIMAL, Duration.ofMillis(1500));

    @ParameterizedTest
    @Seeds(5)
    void familiesBreakNoHardRuleAndMatchAsManyAsTheOneToOneOptimum(long seed) {
        Cohort cohort = new CohortGenerator(seed).generate(60, 20).withFamilySize(3);
        PairScorer scorer = PairScorer.of(cohort);
        int oneToOneMatched = ExactAssignment.solve(scorer).matching().matched();

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);

        assertThat(result.feasible()).isTrue();
        assertThat(result.assignments()).hasSize(oneToOneMatched);
        Map<String, Integer> loads = new HashMap<>();
        result.assignments().forEach(a -> loads.merge(a.mentor(), 1, Integer::sum));
        cohort.mentors().forEach(mentor -> assertThat(loads.getOrDefault(mentor.id().value(), 0))
                .as(mentor.id().value()).isLessThanOrEqualTo(cohort.info().seatsOf(mentor)));
        result.assignments().forEach(a -> assertThat(scorer.compatible(
                scorer.residentIndex(ResidentId.of(a.resident())), scorer.mentorIndex(mentorId(a.mentor()))))
                .as(a.resident() + " with " + a.mentor()).isTrue());
    }

    @ParameterizedTest
    @Seeds(5)
    void listsEveryFacultyMentorsFamilyWithTheHoursAllOfThemShare(long seed) {
        Cohort cohort = new CohortGenerator(seed).generate(60, 20).withFamilySize(3);

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);

        Map<String, List<String>> byMentor = new HashMap<>();
        result.assignments().stream()
                .filter(a -> mentor(cohort, a.mentor()).kind() == MentorKind.FACULTY)
                .forEach(a -> byMentor.computeIfAbsent(a.mentor(), m -> new ArrayList<>()).add(a.resident()));
        assertThat(result.families()).hasSize(byMentor.size());
        for (MatchingResult.Family family : result.families()) {
            assertThat(family.residents()).containsExactlyInAnyOrderElementsOf(byMentor.get(family.mentor()));
            WeeklyAvailability common = mentor(cohort, family.mentor()).availability();
            for (String resident : family.residents()) {
                common = common.intersect(cohort.residents().stream()
                        .filter(r -> r.id().value().equals(resident)).findFirst().orElseThrow().availability());
            }
            assertThat(family.commonHours()).as(family.mentor()).isEqualTo(common.hours());
        }
    }

    @Test
    void regroupsResidentsSoThatAFamilyCanMeet() {
        // every pair scores the same, so only the family term groups the residents by the hour they are free
        Cohort cohort = aCohort().familySize(2)
                .mentors(aMentor("F1").availability("MON-18", "TUE-07").capacity(2),
                        aMentor("F2").availability("MON-18", "TUE-07").capacity(2))
                .residents(aResident("R1").availability("MON-18"), aResident("R2").availability("TUE-07"),
                        aResident("R3").availability("MON-18"), aResident("R4").availability("TUE-07"))
                .build();

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);

        assertThat(result.families()).extracting(MatchingResult.Family::commonHours).containsOnly(1);
    }

    @Test
    void aOneToOneCohortHasNoFamilies() {
        Cohort cohort = new CohortGenerator(3).generate(30, 10);

        assertThat(new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE).families()).isNull();
    }

    @Test
    void capsAFacultyMentorAtOneFamilyButNotASeniorResident() {
        Cohort cohort = aCohort().familySize(2)
                .mentors(aMentor("F1").capacity(5), aMentor("S1").seniorResident().capacity(5)).build();

        assertThat(cohort.info().seatsOf(cohort.mentors().get(0))).isEqualTo(2);
        assertThat(cohort.info().seatsOf(cohort.mentors().get(1))).isEqualTo(5);
    }

    private static Mentor mentor(Cohort cohort, String id) {
        return cohort.mentors().stream().filter(m -> m.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static MentorId mentorId(String id) {
        return MentorId.of(id);
    }
}
