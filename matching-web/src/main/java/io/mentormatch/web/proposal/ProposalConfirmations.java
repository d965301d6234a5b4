package io.mentormatch.web.proposal;

import static io.mentormatch.web.system.Phrases.say;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;

import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.proposal.ActionConsequence;
import io.mentormatch.api.proposal.ChangePreview;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.Fits;
import io.mentormatch.web.system.Phrases;

/** The confirmations of the review page's actions that cannot be taken back, in numbers and names. */
final class ProposalConfirmations {

    /** Up to this many mentors are named; more are only counted. */
    private static final int NAMED = 12;

    private ProposalConfirmations() {
    }

    static Confirmation sending(MessageSource m, ActionConsequence c, int responseWindowDays) {
        List<String> lines = List.of(say(m, "confirm.send.email", c.mentors(), responseWindowDays, named(m, c)),
                say(m, "confirm.send.callBack"));
        return new Confirmation(say(m, "confirm.send.title", c.pairings(), c.mentors()), lines,
                base(c) + "/proposals/send", Map.of(), say(m, "confirm.send.button", c.pairings()),
                base(c) + "/proposals", null);
    }

    static Confirmation publishing(MessageSource m, ActionConsequence c, PublishForm form) {
        List<String> lines = new ArrayList<>();
        lines.add(say(m, "confirm.publish.told", c.residents(), c.mentors()));
        if (form.overrides() && c.unanswered() > 0) {
            lines.add(say(m, "confirm.publish.overridden", c.unanswered(), form.reason().strip()));
        }
        lines.add(say(m, "confirm.publish.final"));
        Map<String, String> fields = new LinkedHashMap<>();
        if (form.override() != null) {
            fields.put("override", form.override().toString());
        }
        if (form.reason() != null) {
            fields.put("reason", form.reason());
        }
        return new Confirmation(say(m, "confirm.publish.title", c.pairings(),
                Phrases.cohort(c.cohortName(), c.academicYear())), lines, base(c) + "/publish", fields,
                say(m, "confirm.publish.button", c.pairings()), base(c) + "/proposals#publish", null);
    }

    static Confirmation withdrawingAll(MessageSource m, ActionConsequence c) {
        List<String> lines = List.of(say(m, "confirm.withdrawAll.email", c.mentors(), named(m, c)),
                say(m, "confirm.withdrawAll.drafts"));
        return new Confirmation(say(m, "confirm.withdrawAll.title", c.pairings()), lines,
                base(c) + "/proposals/withdraw", Map.of(), say(m, "confirm.withdrawAll.button", c.pairings()),
                base(c) + "/proposals", null);
    }

    static Confirmation withdrawing(MessageSource m, long cohortId, ProposalView p) {
        List<String> lines = List.of(say(m, "confirm.withdraw.email", p.mentorName(), p.residentName()),
                say(m, "confirm.withdraw.draft"));
        String base = "/cohorts/" + cohortId;
        return new Confirmation(say(m, "confirm.withdraw.title", p.residentName(), p.mentorName()), lines,
                base + "/proposals/" + p.id() + "/withdraw", Map.of(), say(m, "confirm.withdraw.button"),
                base + "/proposals", null);
    }

    /**
     * Applying a swap or a reassignment: who moves where and the score change; a move of a sent proposal withdraws
     * it and sends a new one, each mentor told by e-mail.
     */
    static Confirmation applying(MessageSource m, long cohortId, ChangeForm form, ChangePreview preview,
                                 Map<String, String> mentorNames, Map<String, ProposalView> pairings, CohortView cohort,
                                 Fits fit) {
        List<String> lines = new ArrayList<>();
        boolean anySent = false;
        for (ChangePreview.Move move : preview.moves()) {
            ProposalView current = pairings.get(move.resident());
            String name = current == null ? move.resident() : current.residentName();
            lines.add(say(m, "confirm.apply.move", name, move.fromMentor() == null ? say(m, "confirm.apply.noMentor")
                            : mentorNames.getOrDefault(move.fromMentor(), move.fromMentor()),
                    mentorNames.getOrDefault(move.toMentor(), move.toMentor()),
                    fit.change(cohort, move.scoreBefore(), move.scoreAfter())));
            anySent |= current != null && current.sentAt() != null;
        }
        boolean swap = form.kind().name().equals("SWAP");
        lines.add(say(m, "confirm.apply.total", fit.points(cohort, preview)));
        lines.add(say(m, anySent ? "confirm.apply.sent" : swap ? "confirm.apply.revertable" : "confirm.apply.nothingSent"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", form.kind().name());
        fields.put("resident", form.resident());
        fields.put("mentor", form.mentor() == null ? "" : form.mentor());
        fields.put("otherResident", form.otherResident() == null ? "" : form.otherResident());
        return new Confirmation(say(m, swap ? "confirm.apply.title.swap" : "confirm.apply.title"), lines,
                "/cohorts/" + cohortId + "/proposals/apply", fields, say(m, "confirm.apply.button"),
                "/cohorts/" + cohortId + "/proposals", null);
    }

    /** The mentors by name after the sentence that counts them, when there are few enough to read. */
    private static String named(MessageSource m, ActionConsequence c) {
        return c.mentors() == 0 || c.mentors() > NAMED ? "" : say(m, "confirm.mentors.named", Phrases.names(c.mentorNames()));
    }

    private static String base(ActionConsequence c) {
        return "/cohorts/" + c.cohortId();
    }
}
