package io.mentormatch.core.explain;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import io.mentormatch.core.scoring.PairScorer;
import org.junit.jupiter.api.Test;

class UnmatchedExplainerTest {

    @Test
    void namesTheCommonestHardRuleWhenNoMentorIsCompatible() {
        PairScorer scorer = PairScorer.of(aCohort().requireSameSpecialty()
                .mentors(aMentor("F1").specialty("Cardiology"), aMentor("F2").specialty("Nephrology"),
                        aMentor("F3").specialty("Psychiatry"))
                .residents(aResident("R1").specialty("Psychiatry").avoiding("F3"))
                .build());

        assertThat(new UnmatchedExplainer(scorer).reason(0, new int[3]))
                .isEqualTo("no compatible mentor: for 2 of 3 mentors, the cohort requires the same specialty");
    }

    @Test
    void saysEveryCompatibleMentorIsFull() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").capacity(1), aMentor("F2").capacity(2),
                        aMentor("F3").notAccepting())
                .residents(aResident("R1")).build());

        assertThat(new UnmatchedExplainer(scorer).reason(0, new int[] {1, 2, 0}))
                .isEqualTo("every compatible mentor is full (2 compatible mentors)");
    }

    @Test
    void saysWhenCompatibleMentorsStillHaveRoom() {
        PairScorer scorer = PairScorer.of(aCohort().mentors(aMentor("F1").capacity(2)).residents(aResident("R1")).build());

        assertThat(new UnmatchedExplainer(scorer).reason(0, new int[] {1})).startsWith("1 compatible mentor(s) still have room");
    }
}
