package io.mentormatch.web.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mentormatch.api.run.ResultWords;
import io.mentormatch.api.run.RunStartConsequence;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.Formats;
import io.mentormatch.web.system.Phrases;

/** The confirmation of "Start matching": the forms it closes, and before the deadline the ones still missing. */
final class StartConfirmation {

    static final String CLOSE_NOW = "closePreferences";

    private StartConfirmation() {
    }

    static Confirmation of(RunStartConsequence c, String mode, int timeLimitSeconds, boolean choiceMissed, Formats fmt) {
        List<String> lines = new ArrayList<>();
        String cohort = Phrases.cohort(c.cohortName(), c.academicYear());
        lines.add("A run of " + cohort + " by “" + ResultWords.mode(mode) + "” takes up to "
                + Phrases.count(timeLimitSeconds, "second", "seconds") + "; its pairings are drafts you review before"
                + " anything is sent.");
        lines.add(c.formsIn() + " of " + Phrases.count(c.residents(), "resident has", "residents have")
                + " saved a preference form." + missing(c));
        if (c.needsClosingChoice()) {
            lines.add("Starting now closes the preference forms before their deadline of " + fmt.dateTime(c.deadline())
                    + ": nobody can change their form any more, and each resident reads that you closed them early."
                    + " This cannot be undone.");
        } else if (c.closesPreferences()) {
            lines.add("Starting closes the preference forms: nobody can change their form any more. This cannot be undone.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mode", mode);
        fields.put("timeLimitSeconds", Integer.toString(timeLimitSeconds));
        Confirmation.Choice choice = c.needsClosingChoice() ? new Confirmation.Choice(CLOSE_NOW,
                "Close the preference forms now, before the deadline" + (c.missing() == 0 ? ""
                        : ", with " + Phrases.count(c.missing(), "form", "forms") + " missing"),
                choiceMissed ? "Tick the box to close the forms now, or go back and wait for the deadline." : null) : null;
        return new Confirmation("Start matching " + cohort + "?", lines, "/cohorts/" + c.cohortId() + "/runs", fields,
                "Start matching", "/cohorts/" + c.cohortId() + "/runs", choice);
    }

    private static String missing(RunStartConsequence c) {
        if (c.missing() == 0) {
            return "";
        }
        String who = c.missingNames().isEmpty() ? "" : ": " + Phrases.names(c.missingNames());
        return " " + Phrases.count(c.missing(), "form is", "forms are") + " missing" + who
                + (c.missing() == 1 ? "; that resident is" : "; those residents are")
                + " matched on their roster details alone.";
    }
}
