package io.mentormatch.core.solver.planning;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalSearchTest {

    private final PairScorer scorer = PairScorer.of(aCohort().weights(Weights.DEFAULT)
            .mentors(aMentor("F1").specialty("Cardiology").capacity(3))
            .residents(aResident("R1").careerGoal("Cardiology").ranking("F1"), aResident("R2").ranking("F1"),
                    aResident("R3"))
            .build());

    @Test
    void scoresAMatchingAsThePairScorerAndTheLoadRuleDo() {
        Matching matching = new Matching(new int[] {0, 0, Matching.UNMATCHED});

        assertThat(new LocalSearch(scorer).score(matching).toString())
                .isEqualTo("0hard/-1medium/" + (scorer.score(0, 0) + scorer.score(1, 0) - 2) + "soft");
    }

    @Test
    void explainsAMatchingRuleByRuleInTheWordsOfTheExplanations() {
        Matching matching = new Matching(new int[] {0, 0, Matching.UNMATCHED});

        assertThat(new LocalSearch(scorer).explain(matching))
                // rank weight 8: a 1st choice is worth 80 points
                .contains(new RuleScore("Resident rank", "0hard/0medium/160soft",
                        List.of("Your 1st choice", "Your 1st choice")))
                .contains(new RuleScore("Resident unmatched", "0hard/-1medium/0soft", List.of("R3 has no mentor")))
                .contains(new RuleScore("Balanced load", "0hard/0medium/-2soft",
                        List.of("F1 shares their time between 2 mentees")))
                .anySatisfy(rule -> {
                    assertThat(rule.rule()).isEqualTo("Specialty alignment");
                    assertThat(rule.matches()).containsExactly("Career goal Cardiology matches mentor specialty");
                });
    }
}
