package io.mentormatch.api.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one mail and records it. A failure is logged and recorded, never thrown: the change the mail reports
 * has already been committed and must not look failed to the person who made it.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationRepository notifications;
    private final Clock clock;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationRepository notifications, Clock clock,
           @Value("${mentormatch.mail.from:mentormatch@localhost}") String from) {
        this.sender = sender;
        this.notifications = notifications;
        this.clock = clock;
        this.from = from;
    }

    /** Runs inside the listener's own transaction, which stores the record. */
    void send(String to, MailTemplate template, Long cohortId, Object... arguments) {
        if (to == null || to.isBlank()) {
            return;
        }
        Mail mail = template.render(arguments);
        NotificationEntity record = new NotificationEntity(to, template, mail, cohortId, clock.instant());
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            record.failed("no mail server configured (spring.mail.host)");
        } else {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(to);
                message.setSubject(mail.subject());
                message.setText(mail.body());
                mailSender.send(message);
                record.sent(clock.instant());
            } catch (MailException | IllegalArgumentException e) {
                log.warn("could not send {} mail to {}: {}", template.key(), to, e.getMessage());
                record.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        notifications.save(record);
    }
}
