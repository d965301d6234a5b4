package io.mentormatch.api.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which rule the first administrator's variables break, instead of a stack trace. */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + FirstAdministrator.USERNAME + " and " + FirstAdministrator.PASSWORD + " so that they follow the "
                        + "rules above (a password of " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                        + " characters that does not contain the user name and is not a common password), or unset both.",
                cause);
    }
}
