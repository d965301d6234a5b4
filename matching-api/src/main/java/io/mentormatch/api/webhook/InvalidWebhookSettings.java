package io.mentormatch.api.webhook;

import java.util.List;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.problem.InvalidInput;

public class InvalidWebhookSettings extends InvalidInput {

    public InvalidWebhookSettings(List<FieldProblem> errors) {
        super(errors.size() + " webhook setting(s) are invalid", errors);
    }
}
