package io.mentormatch.api.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail in the transaction of the change it reports: the mail exists if and only if the change committed,
 * and the request that made the change never waits for a mail server. {@link MailDelivery} sends it afterwards.
 */
@Component
class MailOutbox {

    private final NotificationRepository notifications;
    private final Clock clock;

    MailOutbox(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String to, MailTemplate template, Long cohortId, Object... arguments) {
        if (to == null || to.isBlank()) {
            return;
        }
        notifications.save(new NotificationEntity(to, template, template.render(arguments), cohortId, clock.instant()));
    }
}
