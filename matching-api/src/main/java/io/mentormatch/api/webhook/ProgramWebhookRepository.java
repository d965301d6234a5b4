package io.mentormatch.api.webhook;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramWebhookRepository extends JpaRepository<ProgramWebhookEntity, Long> {
}
