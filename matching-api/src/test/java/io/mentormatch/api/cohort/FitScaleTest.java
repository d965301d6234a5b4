package io.mentormatch.api.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.PairTerms;
import io.mentormatch.core.scoring.ScoreTerm;
import io.mentormatch.core.scoring.SpecialtyMatch;

/**
 * The fit scale against oracles of its own: the best fit written out from the weights (each term at weight × 10),
 * the most the scorer's arithmetic gives over every combination of term values, and the scorer on an ideal pair.
 */
class FitScaleTest {

    /** The best pair score by the design brief's formula: every term at full weight; a repeat only where it counts. */
    private static int bestByFormula(Weights w, boolean continuity) {
        return 10 * (w.specialty() + w.interests() + w.availability() + w.residentRank() + w.mentorPreference())
                + (continuity ? 10 * w.repeatPair() : 0);
    }

    private static Weights randomWeights(Random random) {
        return new Weights(random.nextInt(11), random.nextInt(11), random.nextInt(11), random.nextInt(11),
                random.nextInt(11), random.nextInt(11), random.nextInt(11));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void putsTheBestFitAtTheMostTheScorerCanGiveAnyPair(long seed) {
        Random random = new Random(seed);
        Weights weights = seed == 1 ? Weights.DEFAULT : randomWeights(random);
        boolean continuity = seed % 2 == 0;
        PairTerms terms = new PairTerms(weights, continuity);

        int most = Integer.MIN_VALUE;
        for (SpecialtyMatch specialty : SpecialtyMatch.values()) {
            for (int step = 0; step <= 20; step++) {
                for (int hours = 0; hours <= 6; hours++) {
                    for (int rank = 0; rank <= 6; rank++) {
                        for (int named = 0; named <= 6; named++) {
                            for (boolean repeat : new boolean[] {false, true}) {
                                most = Math.max(most, terms.total(specialty, step / 20.0, hours, rank, named, repeat));
                            }
                        }
                    }
                }
            }
        }

        FitScale scale = FitScale.of(weights, continuity);
        assertThat(scale.best()).isEqualTo(most).isEqualTo(bestByFormula(weights, continuity));
    }

    @Test
    void givesAnIdealPairAHundredPercentAndOthersTheirShare() {
        PairScorer scorer = PairScorer.of(CohortFile.read(new ByteArrayInputStream("""
                {"formatVersion":1,"cohort":{"id":"C","name":"C","requireSameSpecialty":false},
                 "weights":{"specialty":10,"interests":6,"availability":4,"residentRank":8,"mentorPreference":3,
                            "loadBalance":2,"repeatPair":5},
                 "mentors":[{"id":"F1","name":"Dr. Okafor","kind":"FACULTY","specialty":"Cardiology",
                             "interests":["critical care"],"availability":["MON-18","MON-19","MON-20"],"capacity":1,
                             "accepting":true,"preferredResidents":["R1"]},
                            {"id":"F2","name":"Dr. Xu","kind":"FACULTY","specialty":"Dermatology","interests":[],
                             "availability":[],"capacity":1,"accepting":true,"preferredResidents":[]}],
                 "residents":[{"id":"R1","name":"Amara","specialty":"Internal Medicine","careerGoal":"Cardiology",
                               "interests":["critical care"],"availability":["MON-18","MON-19","MON-20"],
                               "ranking":["F1","F2"],"avoid":[],"openToOtherSpecialties":true}],
                 "conflicts":[],"declined":[],"pinned":[],"previousPairs":[]}
                """.getBytes(StandardCharsets.UTF_8))));
        FitScale scale = FitScale.of(Weights.DEFAULT, false);
        int best = bestByFormula(Weights.DEFAULT, false);

        assertThat(scorer.score(0, 0)).isEqualTo(best);
        assertThat(scale.percent(scorer.score(0, 0))).isEqualTo(100);
        // Dr. Xu: another specialty (0), nothing shared, no hours, the 2nd choice (8 × 10 × 0.8), not named
        int second = scorer.score(0, 1);
        assertThat(second).isEqualTo(64);
        assertThat(scale.percent(second)).isEqualTo(64 * 100 / best);
    }

    @Test
    void roundsDownAndKeepsWithinZeroAndAHundred() {
        FitScale scale = FitScale.of(Weights.DEFAULT, false);

        assertThat(scale.percent(309)).isEqualTo(99);
        assertThat(scale.percent(155)).isEqualTo(50);
        assertThat(scale.percent(-40)).isZero();
        assertThat(FitScale.of(new Weights(0, 0, 0, 0, 0, 0, 0), false).percent(0)).isEqualTo(100);
    }

    @Test
    void averagesFitsAndTotals() {
        FitScale scale = FitScale.of(Weights.DEFAULT, false);

        assertThat(scale.averagePercent(List.of(310, 155))).isEqualTo(75);
        assertThat(scale.averagePercent(465, 2)).isEqualTo(75);
        assertThat(scale.averagePercent(List.of())).isZero();
        assertThat(scale.averagePercent(0, 0)).isZero();
    }

    @Test
    void callsAFitBelowFortyPercentLowWhateverThePairings() {
        FitScale scale = FitScale.of(Weights.DEFAULT, false);

        // 40 % of 310 is 124: 123 is low, 124 is not
        assertThat(scale.lowScoreBelow()).isEqualTo(124);
        assertThat(scale.percent(123)).isLessThan(FitScale.LOW_FIT_PERCENT);
        assertThat(scale.percent(124)).isGreaterThanOrEqualTo(FitScale.LOW_FIT_PERCENT);
    }

    @Test
    void splitsAFitIntoTheWeighedTermsParts() {
        PairTerms terms = new PairTerms(Weights.DEFAULT, false);
        FitScale scale = FitScale.of(Weights.DEFAULT, false);

        var parts = scale.parts(terms.breakdown(SpecialtyMatch.SAME_SPECIALTY, 0.5, List.of("x"), 3, 2, 0, false));

        // specialty 10 × 10 × 0.8 = 80 of 310; interests 30; hours 40; the 2nd choice 64; not named: 0 of 30
        assertThat(parts).extracting(FitScale.FitPart::term).containsExactly(ScoreTerm.SPECIALTY, ScoreTerm.INTERESTS,
                ScoreTerm.AVAILABILITY, ScoreTerm.RESIDENT_RANK, ScoreTerm.MENTOR_PREFERENCE);
        assertThat(parts).extracting(FitScale.FitPart::percent).containsExactly(26, 10, 13, 21, 0);
        assertThat(parts).extracting(FitScale.FitPart::most).containsExactly(32, 19, 13, 26, 10);
    }
}
