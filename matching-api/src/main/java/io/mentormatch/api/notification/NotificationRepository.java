package io.mentormatch.api.notification;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    boolean existsByCohortIdAndTemplateAndRecipientIgnoreCase(Long cohortId, String template, String recipient);

    @Query("select n from NotificationEntity n where n.sentAt is null and n.attempts < :maxAttempts order by n.id")
    List<NotificationEntity> findPending(int maxAttempts, Pageable page);
}
