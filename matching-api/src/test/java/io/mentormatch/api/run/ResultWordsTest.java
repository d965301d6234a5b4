package io.mentormatch.api.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.solver.MatchingResult;

class ResultWordsTest {

    @Test
    void saysAFeasibleCompleteScoreInADirectorsWords() {
        assertThat(ResultWords.score("0hard/0medium/3760soft"))
                .isEqualTo("total fit 3,760, no rule broken, every resident matched");
    }

    @Test
    void saysALayersOutcomeWithoutARawTotalFit() {
        MatchingResult peerLayer = new MatchingResult("optimal", "0hard/-1medium/400soft", true,
                new MatchingResult.Bound(1500, 2.5), List.of(new MatchingResult.Assignment("R1", "P1", 1100, List.of()),
                new MatchingResult.Assignment("R2", "P1", 150, List.of())), List.of(), 0, List.of(2, 1, 0, 1), null,
                null);

        assertThat(ResultWords.outcome(peerLayer.score())).isEqualTo("no rule broken, 1 resident unmatched");
    }

    @Test
    void countsUnmatchedResidentsAndBrokenRules() {
        assertThat(ResultWords.score("0hard/-2medium/1200soft"))
                .isEqualTo("total fit 1,200, no rule broken, 2 residents unmatched");
        assertThat(ResultWords.score("-1hard/-1medium/-15soft")).isEqualTo("total fit -15, 1 hard rule broken: a seat "
                + "limit, conflict, decline or kept pair is not respected, 1 resident unmatched");
    }

    @Test
    void takesTheTotalFitFromThePairScoresWhenKnown() {
        assertThat(ResultWords.score("0hard/0medium/925soft", 929L))
                .isEqualTo("total fit 929, no rule broken, every resident matched");
    }

    @Test
    void leavesWhatIsNoScoreAsItIs() {
        assertThat(ResultWords.score(null)).isNull();
        assertThat(ResultWords.score("pending")).isEqualTo("pending");
    }

    @Test
    void saysWhichChoicesTheResidentsGot() {
        assertThat(ResultWords.choices(List.of(16, 12, 3, 0, 1)))
                .isEqualTo("12 got their 1st choice, 3 their 2nd choice, 1 a mentor they did not rank");
        assertThat(ResultWords.choices(List.of(2, 0, 2, 0))).isEqualTo("2 got their 2nd choice");
        assertThat(ResultWords.choices(List.of(0, 0))).isEqualTo("nobody was matched");
        assertThat(ResultWords.choices(null)).isNull();
    }

    @Test
    void writesOrdinalsAndModeNames() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101).stream().map(ResultWords::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st");
        assertThat(ResultWords.mode("rank-maximal")).isEqualTo("Most first choices");
        assertThat(ResultWords.mode("optimal-load-balanced")).isEqualTo("Best total fit, even load");
        assertThat(ResultWords.mode("stable-mentor-optimal")).isEqualTo("Stable, mentors' best");
    }

    @Test
    void parsesEveryRunModeByItsLabel() {
        for (RunMode mode : RunMode.values()) {
            assertThat(RunMode.parse(mode.label())).isEqualTo(mode);
            assertThat(mode.label()).matches(RunMode.PATTERN);
        }
        assertThat(RunMode.LABELS).isEqualTo("optimal, stable, stable-mentor-optimal, rank-maximal, optimal-load-balanced");
    }
}
