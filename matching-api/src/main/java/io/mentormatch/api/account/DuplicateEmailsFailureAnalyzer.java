package io.mentormatch.api.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which addresses stop the unique e-mail migration (V53) and what to do, instead of a stack trace. */
class DuplicateEmailsFailureAnalyzer extends AbstractFailureAnalyzer<DuplicateEmails> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DuplicateEmails cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Each e-mail address may belong to one account only. For each address above, decide which account is "
                        + "the person's and remove the address from the others (update app_user set email = null where "
                        + "id = ...), or disable them; nothing was changed. Then start again.",
                cause);
    }
}
