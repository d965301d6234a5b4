package io.mentormatch.api.account;

/**
 * A person's second factor as they see it.
 *
 * @param available whether the account can have one: accounts that sign in through single sign-on rely on their
 *                  identity provider's
 * @param on        whether sign-in asks for a code
 * @param started   whether an enrolment waits for its first code
 * @param required  whether the account's role must have one ({@code mentormatch.security.require-mfa-for})
 * @param recoveryCodesLeft unused recovery codes
 */
public record SecondFactorStatus(boolean available, boolean on, boolean started, boolean required, int recoveryCodesLeft) {
}
