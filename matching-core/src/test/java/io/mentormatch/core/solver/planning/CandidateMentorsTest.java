package io.mentormatch.core.solver.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Candidates;
import io.mentormatch.core.solver.ExactAssignment;
import io.mentormatch.core.solver.Matching;

class CandidateMentorsTest {

    private final Cohort cohort = new CohortGenerator(5).generate(60, 400).withWeights(Weights.DEFAULT);
    private final PairScorer scorer = PairScorer.of(cohort);
    private final Matching start = ExactAssignment.solve(scorer).matching();

    @Test
    void takesEachResidentsBestMentorsOverAllMentorsInASmallCohort() {
        assertThat(CandidateMentors.of(scorer, start)).isDeepEqualTo(Candidates.topK(scorer, CandidateMentors.PER_RESIDENT));
    }

    @Test
    void samplesTheMentorsOfALargeCohortKeepingRankedAndCurrentOnes() {
        int[][] lists = CandidateMentors.of(scorer, start, 0);

        for (int r = 0; r < scorer.residentCount(); r++) {
            int[] list = lists[r];
            assertThat(list.length).isBetween(1, CandidateMentors.PER_RESIDENT);
            for (int i = 0; i < list.length; i++) {
                assertThat(scorer.compatible(r, list[i])).isTrue();
                if (i > 0) {
                    assertThat(scorer.score(r, list[i])).isLessThanOrEqualTo(scorer.score(r, list[i - 1]));
                }
            }
            int current = start.mentorOf()[r];
            int worst = scorer.score(r, list[list.length - 1]);
            if (current >= 0 && scorer.score(r, current) > worst) {
                assertThat(list).contains(current);
            }
            for (MentorId ranked : scorer.resident(r).ranking()) {
                int m = scorer.mentorIndex(ranked);
                if (scorer.compatible(r, m) && scorer.score(r, m) > worst) {
                    assertThat(list).contains(m);
                }
            }
        }
    }
}
