package io.mentormatch.api.mentor;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidMentorProfile extends InvalidInput {

    public InvalidMentorProfile(List<FieldProblem> errors) {
        super("the profile has " + errors.size() + " problem(s); nothing was saved", errors);
    }
}
