package io.mentormatch.api.meeting;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidMeeting extends InvalidInput {

    public InvalidMeeting(List<FieldProblem> errors) {
        super("the meeting cannot be logged as sent", errors);
    }
}
