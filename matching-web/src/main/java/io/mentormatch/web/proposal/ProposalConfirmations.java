package io.mentormatch.web.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static Confirmation sending(ActionConsequence c, int responseWindowDays) {
        String proposals = Phrases.count(c.pairings(), "proposal", "proposals");
        String mentors = Phrases.count(c.mentors(), "mentor", "mentors");
        List<String> lines = new ArrayList<>();
        lines.add("Each of the " + mentors + " gets an e-mail naming their proposed mentees and asking them to accept"
                + " or decline within " + Phrases.count(responseWindowDays, "day", "days") + "." + named(c));
        lines.add("You can withdraw a proposal until its mentor answers it, but an e-mail that went out cannot be"
                + " called back.");
        return new Confirmation("Send " + proposals + " to " + mentors + "?", lines, base(c) + "/proposals/send",
                Map.of(), "Send " + proposals, base(c) + "/proposals", null);
    }

    static Confirmation publishing(ActionConsequence c, PublishForm form) {
        String pairings = Phrases.count(c.pairings(), "pairing", "pairings");
        List<String> lines = new ArrayList<>();
        lines.add("Every resident and mentor is told their pairing by e-mail: "
                + Phrases.count(c.residents(), "resident", "residents") + " and "
                + Phrases.count(c.mentors(), "mentor", "mentors") + ".");
        if (form.overrides() && c.unanswered() > 0) {
            lines.add(Phrases.count(c.unanswered(), "proposal still waits", "proposals still wait")
                    + " for the mentor and " + (c.unanswered() == 1 ? "is" : "are") + " published anyway; your reason is"
                    + " logged: “" + form.reason().strip() + "”.");
        }
        lines.add("The pairings appear on the published page and the mentoring year starts. This cannot be undone.");
        Map<String, String> fields = new LinkedHashMap<>();
        if (form.override() != null) {
            fields.put("override", form.override().toString());
        }
        if (form.reason() != null) {
            fields.put("reason", form.reason());
        }
        return new Confirmation("Publish " + pairings + " of " + Phrases.cohort(c.cohortName(), c.academicYear()) + "?", lines,
                base(c) + "/publish", fields, "Publish " + pairings, base(c) + "/proposals#publish", null);
    }

    static Confirmation withdrawingAll(ActionConsequence c) {
        String proposals = Phrases.count(c.pairings(), "proposal", "proposals");
        List<String> lines = List.of("Each of the " + Phrases.count(c.mentors(), "mentor", "mentors")
                        + " gets an e-mail that the proposal need not be answered." + named(c),
                "The pairings return to your review as drafts; send them again when they are ready. Answered"
                        + " proposals stay as they are.");
        return new Confirmation("Withdraw " + proposals + " no mentor has answered?", lines,
                base(c) + "/proposals/withdraw", Map.of(), "Withdraw " + proposals, base(c) + "/proposals", null);
    }

    static Confirmation withdrawing(long cohortId, ProposalView p) {
        List<String> lines = List.of(p.mentorName() + " gets an e-mail that the proposal to mentor " + p.residentName()
                        + " need not be answered.",
                "The pairing returns to your review as a draft; send it again, or change it first.");
        String base = "/cohorts/" + cohortId;
        return new Confirmation("Withdraw the proposal of " + p.residentName() + " to " + p.mentorName() + "?", lines,
                base + "/proposals/" + p.id() + "/withdraw", Map.of(), "Withdraw this proposal",
                base + "/proposals", null);
    }

    /**
     * Applying a swap or a reassignment: who moves where and the score change; a move of a sent proposal withdraws
     * it and sends a new one, each mentor told by e-mail.
     */
    static Confirmation applying(long cohortId, ChangeForm form, ChangePreview preview, Map<String, String> mentorNames,
                                 Map<String, ProposalView> pairings, CohortView cohort, Fits fit) {
        List<String> lines = new ArrayList<>();
        boolean anySent = false;
        for (ChangePreview.Move m : preview.moves()) {
            ProposalView current = pairings.get(m.resident());
            String name = current == null ? m.resident() : current.residentName();
            lines.add(name + ": " + (m.fromMentor() == null ? "no mentor" : mentorNames.getOrDefault(m.fromMentor(), m.fromMentor()))
                    + " → " + mentorNames.getOrDefault(m.toMentor(), m.toMentor()) + ", fit "
                    + fit.change(cohort, m.scoreBefore(), m.scoreAfter()) + ".");
            anySent |= current != null && current.sentAt() != null;
        }
        lines.add("Change in fit of the moved pairs: " + fit.points(cohort, preview) + ".");
        lines.add(anySent ? "A proposal already sent is withdrawn and a new one goes to the new mentor: both mentors get"
                + " an e-mail, and this cannot be undone."
                : form.kind().name().equals("SWAP") ? "Nothing is sent yet: you can revert this swap from the review page"
                + " until the proposals are sent." : "Nothing is sent yet.");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", form.kind().name());
        fields.put("resident", form.resident());
        fields.put("mentor", form.mentor() == null ? "" : form.mentor());
        fields.put("otherResident", form.otherResident() == null ? "" : form.otherResident());
        String title = form.kind().name().equals("SWAP") ? "Apply this swap?" : "Apply this change?";
        return new Confirmation(title, lines, "/cohorts/" + cohortId + "/proposals/apply", fields,
                "Apply this change", "/cohorts/" + cohortId + "/proposals", null);
    }

    private static String named(ActionConsequence c) {
        return c.mentors() == 0 || c.mentors() > NAMED ? "" : " The mentors: " + Phrases.names(c.mentorNames()) + ".";
    }

    private static String base(ActionConsequence c) {
        return "/cohorts/" + c.cohortId();
    }
}
