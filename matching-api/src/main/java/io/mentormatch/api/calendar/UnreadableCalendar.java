package io.mentormatch.api.calendar;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

/** A calendar file or address the server could not read, with a sentence the person can act on (400). */
public class UnreadableCalendar extends InvalidInput {

    public UnreadableCalendar(String field, String message) {
        super(message, List.of(FieldProblem.of(field, message)));
    }

    /** The sentence for the person, as the field message shows it. */
    public String sentence() {
        return errors().get(0).message();
    }
}
