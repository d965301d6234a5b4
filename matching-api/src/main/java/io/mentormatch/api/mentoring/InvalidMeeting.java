package io.mentormatch.api.mentoring;

import java.util.List;

import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.InvalidInput;

public class InvalidMeeting extends InvalidInput {

    public InvalidMeeting(List<FieldProblem> errors) {
        super("the meeting cannot be logged as sent", errors);
    }
}
