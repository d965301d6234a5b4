package io.mentormatch.web.mentor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.web.system.Confirmation;

/** The confirmation of a mentor's decline: who hears of it, with the reason, and that it is final. */
final class DeclineConfirmation {

    private DeclineConfirmation() {
    }

    static Confirmation of(long cohortId, ProposalView proposal, DeclineForm form) {
        String resident = proposal.residentName();
        List<String> lines = List.of(
                "Your program director is told by e-mail that you declined, with your reason: “" + form.reason().strip() + "”.",
                resident + " will not be proposed to you again; your program director finds " + resident + " another mentor.",
                "You cannot take a decline back.");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", form.version().toString());
        fields.put("reason", form.reason());
        return new Confirmation("Decline mentoring " + resident + "?", lines,
                "/inbox/" + cohortId + "/proposals/" + proposal.id() + "/decline", fields, "Decline " + resident,
                "/inbox/" + cohortId, null);
    }
}
