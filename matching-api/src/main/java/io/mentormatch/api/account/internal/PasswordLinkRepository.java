package io.mentormatch.api.account.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordLinkRepository extends JpaRepository<PasswordLinkEntity, Long> {

    /** Locked, so that two uses of one link at once cannot both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PasswordLinkEntity l where l.tokenHash = :tokenHash")
    Optional<PasswordLinkEntity> lockByTokenHash(String tokenHash);

    Optional<PasswordLinkEntity> findByTokenHash(String tokenHash);

    /** A new link replaces the account's earlier ones that are not used yet. */
    @Modifying
    @Query("delete from PasswordLinkEntity l where l.userId = :userId and l.usedAt is null")
    void deleteOpenLinks(long userId);
}
