package io.mentormatch.api.audit;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit's action codes in words, for the audit page, its filter and its CSV. A code without words of its own
 * reads as its parts ("account.password-link-sent": "Account password link sent"), so a new action is never shown
 * as a code.
 */
public final class AuditActions {

    private static final Map<String, String> WORDS = new TreeMap<>(Map.ofEntries(
            Map.entry("account.created", "Account created"),
            Map.entry("account.disabled", "Account disabled"),
            Map.entry("account.enabled", "Account enabled"),
            Map.entry("account.details-changed", "Account name or e-mail changed"),
            Map.entry("account.role-changed", "Account role changed"),
            Map.entry("account.program-changed", "Director's program changed"),
            Map.entry("account.sign-in-limit-reached", "Sign-in locked after wrong passwords"),
            Map.entry("account.sign-in-lock-lifted", "Sign-in lock lifted"),
            Map.entry("change-request.opened", "Change of mentor asked for"),
            Map.entry("change-request.approved", "Change of mentor approved"),
            Map.entry("change-request.declined", "Change of mentor declined"),
            Map.entry("cohort.published", "Pairings published"),
            Map.entry("cohort.published-with-override", "Pairings published with open proposals"),
            Map.entry("cohort.moved-to-open_for_preferences", "Cohort opened for preferences"),
            Map.entry("oidc-linked", "Single sign-on linked to the account"),
            Map.entry("pairing.started", "Pairing started"),
            Map.entry("pairing.ended", "Pairing ended"),
            Map.entry("proposals.sent", "Proposals sent to mentors"),
            Map.entry("proposal.accepted", "Proposal accepted"),
            Map.entry("proposal.declined", "Proposal declined"),
            Map.entry("proposal.rematched", "Declined resident re-matched"),
            Map.entry("proposal.rematch-found-nobody", "Re-match found no mentor"),
            Map.entry("roster.linked", "Account linked to a roster person"),
            Map.entry("run.started", "Matching started"),
            Map.entry("run.finished", "Matching finished"),
            Map.entry("run.failed", "Matching failed"),
            Map.entry("survey.answered", "Survey answered")));

    private AuditActions() {
    }

    public static String words(String action) {
        String known = WORDS.get(action);
        if (known != null) {
            return known;
        }
        String spaced = action.replace('.', ' ').replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? action : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
