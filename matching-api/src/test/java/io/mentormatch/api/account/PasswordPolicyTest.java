package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.problem.FieldProblem;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPasswordWithoutTheUserName() {
        assertThat(policy.problems("password", "im.director", "amber-otter-lantern-47")).isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThat(policy.problems("password", "im.director", "Tr0ub4dor&3"))
                .containsExactly(FieldProblem.of("password", "must be at least 12 characters long"));
    }

    @Test
    void refusesAPasswordLongerThanBcryptReads() {
        assertThat(policy.problems("password", "im.director", "x".repeat(73)))
                .extracting(FieldProblem::message).containsExactly("must be at most 72 characters long");
    }

    @Test
    void refusesAPasswordContainingTheUserNameInAnyCase() {
        assertThat(policy.problems("password", "director", "The-DIRECTOR-of-2027"))
                .extracting(FieldProblem::message).containsExactly("must not contain the user name");
    }

    @Test
    void refusesACommonPasswordInAnyCase() {
        assertThat(policy.problems("newPassword", "im.director", "Password1234"))
                .containsExactly(FieldProblem.of("newPassword", "is a common password; choose another"));
        assertThat(policy.problems("newPassword", "im.director", "QWERTYUIOP123")).isNotEmpty();
    }

    @Test
    void refusesAMissingPassword() {
        assertThat(policy.problems("password", "im.director", ""))
                .containsExactly(FieldProblem.of("password", "is required"));
    }
}
