package io.mentormatch.api.notification;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.account.Directors;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.ProgramZones;
import io.mentormatch.api.access.Role;

/**
 * Queues a mail in the transaction of the change it reports: the mail exists if and only if the change committed,
 * and the request that made the change never waits for a mail server. {@link MailDelivery} sends it afterwards.
 */
@Component
class MailOutbox {

    private final NotificationRepository notifications;
    private final Directors directors;
    private final ProgramZones zones;
    private final Clock clock;
    private final MessageSource catalogue;

    MailOutbox(NotificationRepository notifications, Directors directors, ProgramZones zones, Clock clock,
               MessageSource catalogue) {
        this.notifications = notifications;
        this.directors = directors;
        this.zones = zones;
        this.clock = clock;
        this.catalogue = catalogue;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String to, MailTemplate template, Long cohortId, Object... arguments) {
        if (to == null || to.isBlank()) {
            return;
        }
        Mail mail = template.render(catalogue, readable(cohortId, arguments));
        notifications.save(new NotificationEntity(to, template, mail, cohortId, clock.instant()));
    }

    /**
     * One mail to each enabled director of the cohort's program: {0} the director's name, {1} the cohort's name, then
     * {@code details}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueToDirectors(CohortEntity cohort, MailTemplate template, Object... details) {
        for (Directors.Addressee director : directors.of(cohort.getProgramId())) {
            Object[] arguments = new Object[details.length + 2];
            arguments[0] = director.displayName();
            arguments[1] = cohort.getName();
            System.arraycopy(details, 0, arguments, 2, details.length);
            queue(director.email(), template, cohort.getId(), arguments);
        }
    }

    /** A time in a mail is the program's local time with the zone's name, never an ISO instant. */
    private Object[] readable(Long cohortId, Object... arguments) {
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof Instant instant) {
                readable[i] = ProgramZones.dateTime(instant, zones.ofCohort(cohortId));
            }
        }
        return readable;
    }
}
