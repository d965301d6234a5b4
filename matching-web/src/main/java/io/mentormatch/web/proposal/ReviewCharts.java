package io.mentormatch.web.proposal;

import static io.mentormatch.web.system.Phrases.say;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;

import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.roster.MentorSummary;
import io.mentormatch.core.cohort.Layer;

/**
 * The charts of the proposal review, as bars: how the pairs' fit is spread, how many residents got their 1st, 2nd or
 * 3rd choice, and each mentor's load against their capacity. With peer mentors, scores and choices are counted per
 * layer (a resident has a pairing in each, scored with the layer's own weights): {@code scores} and {@code choices}
 * are then the faculty layer's, {@code peerScores} and {@code peerChoices} the peer layer's; both are empty without
 * the layer.
 */
public record ReviewCharts(List<Bar> scores, List<Bar> choices, List<Bar> load, List<Bar> peerScores,
                           List<Bar> peerChoices) {

    private static final int SCORE_BINS = 5;

    /** The order of the choice bars, as their keys in the catalogue ({@code review.bar.choice.*}). */
    private static final List<String> CHOICES = List.of("first", "second", "third", "lower", "notRanked", "unmatched");

    static ReviewCharts of(List<ProposalView> pairings, List<MentorSummary> mentors, MessageSource m) {
        List<ProposalView> faculty = pairings.stream().filter(p -> p.layer() != Layer.PEER).toList();
        List<ProposalView> peer = pairings.stream().filter(p -> p.layer() == Layer.PEER).toList();
        List<ProposalView> matched = matched(faculty);
        List<ProposalView> peerMatched = matched(peer);
        List<ProposalView> everyMatched = new ArrayList<>(matched);
        everyMatched.addAll(peerMatched);
        return new ReviewCharts(scores(matched, m), choices(matched, faculty.size(), m), load(everyMatched, mentors, m),
                peer.isEmpty() ? List.of() : scores(peerMatched, m),
                peer.isEmpty() ? List.of() : choices(peerMatched, peer.size(), m));
    }

    private static List<ProposalView> matched(List<ProposalView> pairings) {
        return pairings.stream().filter(p -> p.mentor() != null && p.fitPercent() != null).toList();
    }

    /** Residents per fit band of 20 %, 0–19 % to 80–100 %: fixed bands on the one fit scale. */
    private static List<Bar> scores(List<ProposalView> matched, MessageSource m) {
        if (matched.isEmpty()) {
            return List.of();
        }
        int width = 100 / SCORE_BINS;
        long[] counts = new long[SCORE_BINS];
        matched.forEach(p -> counts[Math.min(SCORE_BINS - 1, p.fitPercent() / width)]++);
        long top = java.util.Arrays.stream(counts).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < SCORE_BINS; i++) {
            int low = i * width;
            int high = i == SCORE_BINS - 1 ? 100 : low + width - 1;
            bars.add(new Bar(say(m, "review.bar.band", low, high), counts[i], top, null));
        }
        return bars;
    }

    private static List<Bar> choices(List<ProposalView> matched, int residents, MessageSource m) {
        Map<String, Long> counts = new LinkedHashMap<>();
        CHOICES.forEach(k -> counts.put(k, 0L));
        for (ProposalView p : matched) {
            counts.merge(choiceOf(p), 1L, Long::sum);
        }
        counts.put("unmatched", (long) residents - matched.size());
        return counts.entrySet().stream()
                .map(e -> new Bar(say(m, "review.bar.choice." + e.getKey()), e.getValue(), residents,
                        say(m, "review.bar.share", residents == 0 ? 0 : Math.round(100.0 * e.getValue() / residents))))
                .toList();
    }

    private static String choiceOf(ProposalView pairing) {
        return switch (pairing.residentRank()) {
            case 0 -> "notRanked";
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> "lower";
        };
    }

    private static List<Bar> load(List<ProposalView> matched, List<MentorSummary> mentors, MessageSource m) {
        Map<String, Long> mentees = new LinkedHashMap<>();
        matched.forEach(p -> mentees.merge(p.mentor(), 1L, Long::sum));
        long top = mentors.stream().mapToLong(MentorSummary::capacity).max().orElse(0);
        return mentors.stream().filter(mentor -> mentor.capacity() > 0 || mentees.containsKey(mentor.code()))
                .map(mentor -> new Bar(mentor.name(), mentees.getOrDefault(mentor.code(), 0L), Math.max(top, 1),
                        say(m, "review.bar.load", mentees.getOrDefault(mentor.code(), 0L), mentor.capacity())))
                .toList();
    }
}
