package io.mentormatch.api.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeedEntity, Long> {

    Optional<CalendarFeedEntity> findByUserIdAndRevokedAtIsNull(long userId);

    Optional<CalendarFeedEntity> findBySecretHashAndRevokedAtIsNull(String secretHash);
}
