package io.mentormatch.web.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static ReviewCharts of(List<ProposalView> pairings, List<MentorSummary> mentors) {
        List<ProposalView> faculty = pairings.stream().filter(p -> p.layer() != Layer.PEER).toList();
        List<ProposalView> peer = pairings.stream().filter(p -> p.layer() == Layer.PEER).toList();
        List<ProposalView> matched = matched(faculty);
        List<ProposalView> peerMatched = matched(peer);
        List<ProposalView> everyMatched = new ArrayList<>(matched);
        everyMatched.addAll(peerMatched);
        return new ReviewCharts(scores(matched), choices(matched, faculty.size()), load(everyMatched, mentors),
                peer.isEmpty() ? List.of() : scores(peerMatched),
                peer.isEmpty() ? List.of() : choices(peerMatched, peer.size()));
    }

    private static List<ProposalView> matched(List<ProposalView> pairings) {
        return pairings.stream().filter(p -> p.mentor() != null && p.fitPercent() != null).toList();
    }

    /** Residents per fit band of 20 %, 0–19 % to 80–100 %: fixed bands on the one fit scale. */
    private static List<Bar> scores(List<ProposalView> matched) {
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
            bars.add(new Bar(low + "–" + high + " %", counts[i], top, null));
        }
        return bars;
    }

    private static List<Bar> choices(List<ProposalView> matched, int residents) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of("1st choice", "2nd choice", "3rd choice", "Lower choice", "Not ranked", "Unmatched").forEach(k -> counts.put(k, 0L));
        for (ProposalView p : matched) {
            counts.merge(choiceOf(p), 1L, Long::sum);
        }
        counts.put("Unmatched", (long) residents - matched.size());
        return counts.entrySet().stream()
                .map(e -> new Bar(e.getKey(), e.getValue(), residents,
                        residents == 0 ? "0 %" : Math.round(100.0 * e.getValue() / residents) + " %"))
                .toList();
    }

    private static String choiceOf(ProposalView pairing) {
        return switch (pairing.residentRank()) {
            case 0 -> "Not ranked";
            case 1 -> "1st choice";
            case 2 -> "2nd choice";
            case 3 -> "3rd choice";
            default -> "Lower choice";
        };
    }

    private static List<Bar> load(List<ProposalView> matched, List<MentorSummary> mentors) {
        Map<String, Long> mentees = new LinkedHashMap<>();
        matched.forEach(p -> mentees.merge(p.mentor(), 1L, Long::sum));
        long top = mentors.stream().mapToLong(MentorSummary::capacity).max().orElse(0);
        return mentors.stream().filter(m -> m.capacity() > 0 || mentees.containsKey(m.code()))
                .map(m -> new Bar(m.name(), mentees.getOrDefault(m.code(), 0L), Math.max(top, 1),
                        mentees.getOrDefault(m.code(), 0L) + " of " + m.capacity()))
                .toList();
    }
}
