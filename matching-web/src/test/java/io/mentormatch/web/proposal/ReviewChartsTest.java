package io.mentormatch.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.roster.MentorSummary;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Layer;

class ReviewChartsTest {

    private static final List<MentorSummary> MENTORS = List.of(
            new MentorSummary("M1", "Dr. One", MentorKind.FACULTY, "Cardiology", List.of(), List.of(), 2, true),
            new MentorSummary("M2", "Dr. Two", MentorKind.FACULTY, "Cardiology", List.of(), List.of(), 3, true));

    @Test
    void countsTheChoiceEachResidentGot() {
        ReviewCharts charts = ReviewCharts.of(List.of(
                pairing("R1", "M1", 90, 1),
                pairing("R2", "M1", 70, 2),
                pairing("R3", "M2", 50, 0),
                unmatched("R4")), MENTORS);

        assertThat(charts.choices()).extracting(Bar::label, Bar::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1st choice", 1L),
                org.assertj.core.groups.Tuple.tuple("2nd choice", 1L),
                org.assertj.core.groups.Tuple.tuple("3rd choice", 0L),
                org.assertj.core.groups.Tuple.tuple("Lower choice", 0L),
                org.assertj.core.groups.Tuple.tuple("Not ranked", 1L),
                org.assertj.core.groups.Tuple.tuple("Unmatched", 1L));
        assertThat(charts.choices().get(0).note()).isEqualTo("25 %");
    }

    @Test
    void showsEachMentorsLoadAgainstTheirCapacity() {
        ReviewCharts charts = ReviewCharts.of(List.of(pairing("R1", "M1", 90, 0), pairing("R2", "M1", 70, 0)), MENTORS);

        assertThat(charts.load()).extracting(Bar::note).containsExactly("2 of 2", "0 of 3");
    }

    @Test
    void spreadsEveryPairScoreOverTheBands() {
        ReviewCharts charts = ReviewCharts.of(List.of(pairing("R1", "M1", 10, 0), pairing("R2", "M1", 60, 0),
                pairing("R3", "M2", 110, 0)), MENTORS);

        assertThat(charts.scores()).hasSize(5);
        assertThat(charts.scores().stream().mapToLong(Bar::value).sum()).isEqualTo(3);
        assertThat(charts.scores().get(0).value()).isEqualTo(1);
        assertThat(charts.scores().get(4).value()).isEqualTo(1);
    }

    private static ProposalView pairing(String resident, String mentor, int score, int residentRank) {
        return new ProposalView(1L, resident, resident, mentor, mentor, ProposalState.PROPOSED, score, residentRank,
                List.of(), false, null, null, false, null, null, 0L, Layer.PRIMARY);
    }

    private static ProposalView unmatched(String resident) {
        return new ProposalView(null, resident, resident, null, null, null, null, 0, List.of(), false, null, null,
                false, null, null, null, Layer.PRIMARY);
    }
}
