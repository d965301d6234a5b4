package io.mentormatch.web.mentor;

import static io.mentormatch.web.system.Phrases.say;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;

import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.web.system.Confirmation;

/** The confirmation of a mentor's decline: who hears of it, with the reason, and that it is final. */
final class DeclineConfirmation {

    private DeclineConfirmation() {
    }

    static Confirmation of(MessageSource m, long cohortId, ProposalView proposal, DeclineForm form) {
        String resident = proposal.residentName();
        List<String> lines = List.of(say(m, "confirm.decline.director", form.reason().strip()),
                say(m, "confirm.decline.notAgain", resident), say(m, "confirm.decline.final"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", form.version().toString());
        fields.put("reason", form.reason());
        return new Confirmation(say(m, "confirm.decline.title", resident), lines,
                "/inbox/" + cohortId + "/proposals/" + proposal.id() + "/decline", fields,
                say(m, "confirm.decline.button", resident), "/inbox/" + cohortId, null);
    }
}
