package io.mentormatch.api.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    boolean existsByCohortIdAndTemplateAndRecipientIgnoreCase(Long cohortId, String template, String recipient);
}
