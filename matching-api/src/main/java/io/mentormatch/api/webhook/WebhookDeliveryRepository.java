package io.mentormatch.api.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDeliveryEntity, Long> {

    @Query("""
            select d.id from WebhookDeliveryEntity d
            where d.status = io.mentormatch.api.webhook.DeliveryStatus.PENDING and d.nextAttemptAt <= :now order by d.id""")
    List<Long> findDue(Instant now, Pageable page);

    List<WebhookDeliveryEntity> findByProgramIdOrderByIdDesc(long programId, Pageable page);
}
