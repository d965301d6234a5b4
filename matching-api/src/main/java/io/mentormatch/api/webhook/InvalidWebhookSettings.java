package io.mentormatch.api.webhook;

import java.util.List;

import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.InvalidInput;

public class InvalidWebhookSettings extends InvalidInput {

    public InvalidWebhookSettings(List<FieldProblem> errors) {
        super(errors.size() + " webhook setting(s) are invalid", errors);
    }
}
