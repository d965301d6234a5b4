package io.mentormatch.api.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    /** Everyone who was sent this template for this cohort: one query for a whole cohort's reminders. */
    @Query("select distinct lower(n.recipient) from NotificationEntity n where n.cohortId = :cohortId and n.template = :template")
    List<String> findRecipientsInLowerCase(long cohortId, String template);

    @Query("select n from NotificationEntity n where n.sentAt is null and n.attempts < :maxAttempts order by n.id")
    List<NotificationEntity> findPending(int maxAttempts, Pageable page);
}
