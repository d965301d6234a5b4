package io.mentormatch.web.system;

import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * The step an irreversible page action asks before it acts: what will happen, in numbers and names, and a form that
 * posts the same fields again with {@code confirmed=true}. The POST that acts renders this page instead whenever the
 * field is missing, so one unconfirmed POST never acts; it needs no script.
 *
 * @param fields the action's own fields, posted again unchanged
 * @param choice a box the person must tick as well (null when none), e.g. closing the preference forms early
 */
public record Confirmation(String title, List<String> consequences, String action, Map<String, String> fields,
                           String confirmLabel, String cancelHref, Choice choice) {

    /** The form field that says the person saw this page and confirmed. */
    public static final String FIELD = "confirmed";

    /** A box to tick explicitly, with the message shown when it was left unticked. */
    public record Choice(String name, String label, String error) {
    }

    /** Whether the posted {@value #FIELD} field says the person confirmed. */
    public static boolean given(String confirmed) {
        return "true".equals(confirmed);
    }

    /** Whether a posted choice box was ticked. */
    public static boolean ticked(String value) {
        return "true".equals(value);
    }

    /** Renders the confirmation page. */
    public String show(Model model) {
        model.addAttribute("confirmation", this);
        return "confirm";
    }
}
