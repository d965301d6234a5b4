package io.mentormatch.api.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.mentormatch.api.system.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    /** Every account with this e-mail: the column is not unique, and single sign-on must not pick one at random. */
    List<UserAccount> findAllByEmailIgnoreCase(String email);

    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    List<UserAccount> findByRoleAndProgramIdAndEnabledTrue(Role role, Long programId);
}
