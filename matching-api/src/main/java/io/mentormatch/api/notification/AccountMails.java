package io.mentormatch.api.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.mentormatch.api.account.PasswordLinkIssued;
import io.mentormatch.api.account.PasswordResets;

/**
 * The link to set a password goes to the account's own address, queued in the transaction that issued it: the
 * person who asked for the reset never sees it.
 */
@Component
class AccountMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MailOutbox outbox;
    private final String publicUrl;

    AccountMails(MailOutbox outbox, @Value("${mentormatch.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void linkIssued(PasswordLinkIssued event) {
        outbox.queue(event.email(), MailTemplate.PASSWORD_LINK, null, event.displayName(), "",
                publicUrl + PasswordResets.SET_PASSWORD_PATH + event.token(), WHEN.format(event.expiresAt()));
    }
}
