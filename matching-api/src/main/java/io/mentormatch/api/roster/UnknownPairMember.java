package io.mentormatch.api.roster;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

/** A pair names a resident or mentor the cohort does not have. */
public class UnknownPairMember extends InvalidInput {

    public UnknownPairMember(List<FieldProblem> errors) {
        super("the pair names someone who is not in the cohort", errors);
    }
}
