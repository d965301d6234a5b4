package io.mentormatch.web.run;

import static io.mentormatch.web.system.Phrases.say;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;

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

    static Confirmation of(MessageSource m, RunStartConsequence c, String mode, int timeLimitSeconds,
                           boolean choiceMissed, Formats fmt) {
        List<String> lines = new ArrayList<>();
        String cohort = Phrases.cohort(c.cohortName(), c.academicYear());
        lines.add(say(m, "confirm.start.run", cohort, ResultWords.mode(mode), timeLimitSeconds));
        lines.add(say(m, "confirm.start.forms", c.formsIn(), c.residents(), missing(m, c)));
        if (c.needsClosingChoice()) {
            lines.add(say(m, "confirm.start.closeEarly", fmt.dateTime(c.deadline())));
        } else if (c.closesPreferences()) {
            lines.add(say(m, "confirm.start.closes"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mode", mode);
        fields.put("timeLimitSeconds", Integer.toString(timeLimitSeconds));
        Confirmation.Choice choice = c.needsClosingChoice() ? new Confirmation.Choice(CLOSE_NOW,
                c.missing() == 0 ? say(m, "confirm.start.choice") : say(m, "confirm.start.choice.missing", c.missing()),
                choiceMissed ? say(m, "confirm.start.choice.error") : null) : null;
        return new Confirmation(say(m, "confirm.start.title", cohort), lines, "/cohorts/" + c.cohortId() + "/runs",
                fields, say(m, "confirm.start.button"), "/cohorts/" + c.cohortId() + "/runs", choice);
    }

    private static String missing(MessageSource m, RunStartConsequence c) {
        if (c.missing() == 0) {
            return "";
        }
        return c.missingNames().isEmpty() ? say(m, "confirm.start.missing", c.missing())
                : say(m, "confirm.start.missing.named", c.missing(), Phrases.names(c.missingNames()));
    }
}
