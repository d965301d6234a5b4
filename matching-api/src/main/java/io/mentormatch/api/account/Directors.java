package io.mentormatch.api.account;

import java.util.List;

import org.springframework.stereotype.Component;

import io.mentormatch.api.access.Role;

/** The enabled directors of a program, as the mails to them address them. Joins the caller's transaction. */
@Component
public class Directors {

    private final UserAccountRepository accounts;

    Directors(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A director's name and address (null when the account has none). */
    public record Addressee(String displayName, String email) {
    }

    /** In one statement, whatever the number of directors. */
    public List<Addressee> of(Long programId) {
        return accounts.findByRoleAndProgramIdAndEnabledTrue(Role.DIRECTOR, programId).stream()
                .map(account -> new Addressee(account.getDisplayName(), account.getEmail())).toList();
    }
}
