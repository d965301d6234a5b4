package io.mentormatch.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.roster.MentorSummary;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Layer;

class ReviewChartsTest {

    private static final MessageSource CATALOGUE = catalogue();

    private static final List<MentorSummary> MENTORS = List.of(
            new MentorSummary("M1", "Dr. One", MentorKind.FACULTY, "Cardiology", List.of(), List.of(), 2, true, false, false),
            new MentorSummary("M2", "Dr. Two", MentorKind.FACULTY, "Cardiology", List.of(), List.of(), 3, true, false, false));

    @Test
    void countsTheChoiceEachResidentGot() {
        ReviewCharts charts = ReviewCharts.of(List.of(
                pairing("R1", "M1", 90, 1),
                pairing("R2", "M1", 70, 2),
                pairing("R3", "M2", 50, 0),
                unmatched("R4")), MENTORS, CATALOGUE);

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
        ReviewCharts charts = ReviewCharts.of(List.of(pairing("R1", "M1", 90, 0), pairing("R2", "M1", 70, 0)), MENTORS, CATALOGUE);

        assertThat(charts.load()).extracting(Bar::note).containsExactly("2 of 2", "0 of 3");
    }

    @Test
    void spreadsEveryFitOverFixedBandsOfTwentyPercent() {
        ReviewCharts charts = ReviewCharts.of(List.of(pairing("R1", "M1", 10, 0), pairing("R2", "M1", 60, 0),
                pairing("R3", "M2", 100, 0)), MENTORS, CATALOGUE);

        assertThat(charts.scores()).extracting(Bar::label)
                .containsExactly("0–19 %", "20–39 %", "40–59 %", "60–79 %", "80–100 %");
        assertThat(charts.scores()).extracting(Bar::value).containsExactly(1L, 0L, 0L, 1L, 1L);
    }

    @Test
    void withPeerMentorsCountsScoresAndChoicesPerLayerAndLoadForEveryMentor() {
        List<MentorSummary> mentors = List.of(MENTORS.get(0),
                new MentorSummary("P1", "Senior One", MentorKind.SENIOR_RESIDENT, "Cardiology", List.of(), List.of(), 2, true, false, false));
        ReviewCharts charts = ReviewCharts.of(List.of(
                pairing("R1", "M1", 90, 1),
                peer(pairing("R1", "P1", 40, 2)),
                pairing("R2", "M1", 70, 1),
                peer(unmatched("R2"))), mentors, CATALOGUE);

        assertThat(charts.choices()).extracting(Bar::label, Bar::value).startsWith(
                org.assertj.core.groups.Tuple.tuple("1st choice", 2L),
                org.assertj.core.groups.Tuple.tuple("2nd choice", 0L));
        assertThat(charts.choices()).filteredOn(b -> b.label().equals("Unmatched")).extracting(Bar::value)
                .containsExactly(0L);
        assertThat(charts.peerChoices()).extracting(Bar::label, Bar::value).contains(
                org.assertj.core.groups.Tuple.tuple("1st choice", 0L),
                org.assertj.core.groups.Tuple.tuple("2nd choice", 1L),
                org.assertj.core.groups.Tuple.tuple("Unmatched", 1L));
        assertThat(charts.peerChoices().get(1).note()).isEqualTo("50 %");
        assertThat(charts.scores().stream().mapToLong(Bar::value).sum()).isEqualTo(2);
        assertThat(charts.peerScores().stream().mapToLong(Bar::value).sum()).isEqualTo(1);
        assertThat(charts.load()).extracting(Bar::note).containsExactly("2 of 2", "1 of 2");
    }

    @Test
    void withoutPeerMentorsThereAreNoPeerCharts() {
        ReviewCharts charts = ReviewCharts.of(List.of(pairing("R1", "M1", 90, 1)), MENTORS, CATALOGUE);

        assertThat(charts.peerChoices()).isEmpty();
        assertThat(charts.peerScores()).isEmpty();
    }

    private static ProposalView peer(ProposalView p) {
        return new ProposalView(p.id(), p.resident(), p.residentName(), p.mentor(), p.mentorName(), p.state(),
                p.pairScore(), p.fitPercent(), p.residentRank(), p.reasons(), p.pinned(), p.sentAt(), p.respondBy(), p.overdue(),
                p.decisionReason(), p.decidedAt(), p.version(), Layer.PEER);
    }

    /** A pairing whose fit is {@code fit} %, its pair score the same number. */
    private static ProposalView pairing(String resident, String mentor, int fit, int residentRank) {
        return new ProposalView(1L, resident, resident, mentor, mentor, ProposalState.PROPOSED, fit, fit, residentRank,
                List.of(), false, null, null, false, null, null, 0L, Layer.PRIMARY);
    }

    private static ProposalView unmatched(String resident) {
        return new ProposalView(null, resident, resident, null, null, null, null, null, 0, List.of(), false, null, null,
                false, null, null, null, Layer.PRIMARY);
    }

    private static MessageSource catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
