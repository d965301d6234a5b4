package io.mentormatch.api.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;

/**
 * Reminds residents who have not saved their form when the deadline is near, once per resident and cohort: the
 * outbox says who already was reminded, and the cluster runs this check on one instance at a time.
 */
@Component
public class DeadlineReminders {

    private final CohortRepository cohorts;
    private final Roster roster;
    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final Clock clock;
    private final Duration before;

    DeadlineReminders(CohortRepository cohorts, Roster roster, NotificationRepository notifications,
                      MailOutbox outbox, Clock clock,
                      @Value("${mentormatch.mail.reminder-before:48h}") Duration before) {
        this.cohorts = cohorts;
        this.roster = roster;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
        this.before = before;
    }

    /** @return how many reminders were queued */
    @Transactional
    public int queueDueReminders() {
        Instant now = clock.instant();
        int count = 0;
        for (CohortEntity cohort : cohorts.findByState(CohortState.OPEN_FOR_PREFERENCES)) {
            Instant deadline = cohort.getPreferenceDeadline();
            if (deadline == null || !now.isBefore(deadline) || now.isBefore(deadline.minus(before))) {
                continue;
            }
            Set<String> reminded = new HashSet<>(notifications.findRecipientsInLowerCase(cohort.getId(),
                    MailTemplate.DEADLINE_REMINDER.key()));
            for (ResidentView resident : roster.residentsOf(cohort.getId())) {
                if (resident.formSavedAt() == null && resident.email() != null
                        && reminded.add(resident.email().toLowerCase(Locale.ROOT))) {
                    outbox.queue(resident.email(), MailTemplate.DEADLINE_REMINDER, cohort.getId(),
                            resident.name(), cohort.getName(), deadline);
                    count++;
                }
            }
        }
        return count;
    }
}
