package io.mentormatch.api.token;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

    List<ApiTokenEntity> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(long userId);

    Optional<ApiTokenEntity> findByIdAndUserIdAndRevokedAtIsNull(long id, long userId);

    @Modifying
    @Query("update ApiTokenEntity t set t.revokedAt = :at where t.userId = :userId and t.revokedAt is null")
    int revokeAll(long userId, java.time.Instant at);
}
