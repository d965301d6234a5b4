package io.mentormatch.api.account;

/** What a link to set a password can still do, for the page that opens it. */
public enum PasswordLinkState {
    VALID, EXPIRED, USED, UNKNOWN
}
