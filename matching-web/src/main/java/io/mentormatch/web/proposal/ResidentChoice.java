package io.mentormatch.web.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.core.cohort.Layer;

/**
 * One resident in the "Change a pairing" form's lists: a resident has one pairing per layer, but the change names
 * the resident once (a reassignment's layer is the new mentor's, a swap is in the faculty layer), so each resident is
 * one option, labelled with their mentor in every layer.
 */
record ResidentChoice(String resident, String residentName, String label) {

    /** @param everyone every resident's pairing in each layer, unmatched ones included */
    static List<ResidentChoice> of(List<ProposalView> everyone) {
        Map<String, List<ProposalView>> byResident = new LinkedHashMap<>();
        everyone.stream().sorted(Comparator.comparing(ProposalView::residentName).thenComparing(ProposalView::resident)
                        .thenComparing(ProposalView::layer))
                .forEach(p -> byResident.computeIfAbsent(p.resident(), code -> new ArrayList<>()).add(p));
        return byResident.values().stream().map(ResidentChoice::ofPairings).toList();
    }

    private static ResidentChoice ofPairings(List<ProposalView> pairings) {
        ProposalView first = pairings.get(0);
        StringBuilder label = new StringBuilder(first.residentName());
        pairings.stream().filter(p -> p.layer() != Layer.PEER).findFirst().ifPresent(p ->
                label.append(p.mentorName() == null ? " (unmatched)" : " — " + p.mentorName()));
        pairings.stream().filter(p -> p.layer() == Layer.PEER).findFirst().ifPresent(p ->
                label.append("; peer mentor: ").append(p.mentorName() == null ? "none" : p.mentorName()));
        return new ResidentChoice(first.resident(), first.residentName(), label.toString());
    }
}
