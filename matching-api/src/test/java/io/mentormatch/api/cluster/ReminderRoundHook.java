package io.mentormatch.api.cluster;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.api.cadence.MentoringReminders;

/**
 * Test class path only, and only in a {@link ClusterNode} (which sets the property): runs one round of the
 * mentoring reminders on this instance now, past Quartz, so that a test can start rounds on both instances at the
 * same moment, which the clustered job store itself never does. Answers how many events this round claimed.
 */
@RestController
@ConditionalOnProperty("mentormatch.test.reminder-round-hook")
class ReminderRoundHook {

    private final MentoringReminders reminders;

    ReminderRoundHook(MentoringReminders reminders) {
        this.reminders = reminders;
    }

    @PostMapping("/api/test/reminder-round")
    @PreAuthorize("@access.isAdmin()")
    int round() {
        return reminders.queueReminders();
    }
}
