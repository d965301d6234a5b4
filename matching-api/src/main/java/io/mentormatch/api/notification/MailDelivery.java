package io.mentormatch.api.notification;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mails, oldest first, and records each outcome. It runs as a Quartz job that the cluster runs on
 * one instance at a time, so two instances never send the same mail; an instance that dies between sending a mail
 * and recording it sends that one mail again (at least once, never lost). A failed mail is tried again on later
 * rounds up to {@link #MAX_ATTEMPTS} times; no database connection is held while a mail server is talked to.
 */
@Component
public class MailDelivery {

    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationRepository notifications;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> sender, NotificationRepository notifications, TransactionTemplate tx,
                 Clock clock, @Value("${mentormatch.mail.from:mentormatch@localhost}") String from) {
        this.sender = sender;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    /** @return how many mails were sent in this round */
    public int deliverPending() {
        List<NotificationEntity> pending = notifications.findPending(MAX_ATTEMPTS, PageRequest.of(0, BATCH));
        JavaMailSender mailSender = sender.getIfAvailable();
        int sent = 0;
        for (NotificationEntity mail : pending) {
            String error = mailSender == null ? "no mail server configured (spring.mail.host)" : send(mailSender, mail);
            tx.executeWithoutResult(status -> record(mail.getId(), error, mailSender == null));
            sent += error == null ? 1 : 0;
        }
        return sent;
    }

    private String send(JavaMailSender mailSender, NotificationEntity mail) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.getRecipient());
            message.setSubject(mail.getSubject());
            message.setText(mail.getBody());
            mailSender.send(message);
            return null;
        } catch (MailException | IllegalArgumentException e) {
            log.warn("could not send {} mail {} to {}: {}", mail.getTemplate(), mail.getId(), mail.getRecipient(), e.getMessage());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** Without a mail server there is nothing to retry: the mail is recorded as given up at once. */
    private void record(long id, String error, boolean giveUp) {
        NotificationEntity mail = notifications.findById(id).orElseThrow();
        if (error == null) {
            mail.sent(clock.instant());
        } else {
            mail.failed(error, giveUp ? MAX_ATTEMPTS : mail.getAttempts() + 1);
        }
    }
}
