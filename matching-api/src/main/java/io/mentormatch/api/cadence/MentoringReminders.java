package io.mentormatch.api.cadence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.account.UserAccountEntity;
import io.mentormatch.api.account.UserAccountRepository;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.notification.MentoringMail;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;

/**
 * Mails the pair when a meeting is due and when it is overdue, and the program's directors when a pairing is at
 * risk. Each event is sent once per pairing and due date: a row in {@code mentoring_reminder} claims it in the
 * transaction that queues its mails, and its unique key makes a second claim fail, whether it comes from a later
 * round or from another instance at the same moment.
 */
@Component
public class MentoringReminders {

    private static final String CLAIM = """
            insert into mentoring_reminder (pairing_id, event, due_on, created_at) select ?, ?, ?, ?
            where not exists (select 1 from mentoring_reminder where pairing_id = ? and event = ? and due_on = ?)""";

    private final CohortRepository cohorts;
    private final PairingDirectory directory;
    private final CadenceService cadences;
    private final ReminderPreferenceRepository preferences;
    private final UserAccountRepository accounts;
    private final MentoringMail mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    MentoringReminders(CohortRepository cohorts, PairingDirectory directory, CadenceService cadences,
                       ReminderPreferenceRepository preferences, UserAccountRepository accounts, MentoringMail mail,
                       JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.cohorts = cohorts;
        this.directory = directory;
        this.cadences = cadences;
        this.preferences = preferences;
        this.accounts = accounts;
        this.mail = mail;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** @return how many events were claimed (each queues one mail per recipient) */
    public int queueReminders() {
        int claimed = 0;
        for (CohortEntity cohort : cohorts.findByState(CohortState.PUBLISHED)) {
            List<Pairing> pairings = directory.ofCohort(cohort.getId());
            Set<Long> muted = muted(pairings);
            for (CadenceService.Assessed a : cadences.assess(cohort.getId(), pairings, true).values()) {
                ReminderEvent event = ReminderEvent.of(a.health().status());
                if (event != null && Boolean.TRUE.equals(tx.execute(status -> send(event, a, muted, status)))) {
                    claimed++;
                }
            }
        }
        return claimed;
    }

    private boolean send(ReminderEvent event, CadenceService.Assessed a, Set<Long> muted, TransactionStatus status) {
        if (!claim(a.pairing().pairingId(), event, a.health())) {
            // PostgreSQL cannot commit a transaction in which a statement failed
            status.setRollbackOnly();
            return false;
        }
        Pairing p = a.pairing();
        switch (event) {
            case DUE, OVERDUE -> {
                remind(event, p.resident(), p.mentor(), p, a.health(), muted);
                remind(event, p.mentor(), p.resident(), p, a.health(), muted);
            }
            case AT_RISK -> {
                for (UserAccountEntity director : accounts.findByRoleAndProgramIdAndEnabledTrue(Role.DIRECTOR, p.programId())) {
                    mail.pairingAtRisk(director.getEmail(), director.getDisplayName(), p.cohortId(), p.cohortName(),
                            p.resident().name(), p.mentor().name(), a.health().reason());
                }
                mail.pairingAtRiskInProgram(p.programId(), p.cohortId(), p.cohortName(), p.resident().name(),
                        p.mentor().name());
            }
        }
        return true;
    }

    private void remind(ReminderEvent event, Pairing.Member to, Pairing.Member other, Pairing p, PairingHealth health,
                        Set<Long> muted) {
        if (to.userId() != null && muted.contains(to.userId())) {
            return;
        }
        if (event == ReminderEvent.DUE) {
            mail.meetingDue(to.email(), to.name(), p.cohortId(), p.cohortName(), other.name(), health.nextMeetingDue());
        } else {
            mail.meetingOverdue(to.email(), to.name(), p.cohortId(), p.cohortName(), other.name(), health.nextMeetingDue());
        }
    }

    /** False when this event was already claimed; a claim racing ours from another instance fails on the key. */
    private boolean claim(long pairingId, ReminderEvent event, PairingHealth health) {
        Date due = Date.valueOf(health.nextMeetingDue());
        try {
            return jdbc.update(CLAIM, pairingId, event.name(), due, Timestamp.from(clock.instant()),
                    pairingId, event.name(), due) == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private Set<Long> muted(List<Pairing> pairings) {
        List<Long> users = new ArrayList<>();
        pairings.forEach(p -> {
            users.add(p.resident().userId());
            users.add(p.mentor().userId());
        });
        users.removeIf(Objects::isNull);
        return users.isEmpty() ? Set.of() : new HashSet<>(preferences.mutedAmong(users));
    }
}
