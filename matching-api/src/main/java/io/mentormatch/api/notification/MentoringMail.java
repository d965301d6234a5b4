package io.mentormatch.api.notification;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mails of the mentoring year, queued in the outbox within the caller's transaction. */
@Component
public class MentoringMail {

    private final MailOutbox outbox;
    private final ApplicationEventPublisher notices;

    MentoringMail(MailOutbox outbox, ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void meetingDue(String to, String name, long cohortId, String cohortName, String other, LocalDate due) {
        outbox.queue(to, MailTemplate.MEETING_DUE, cohortId, name, cohortName, other, due);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void meetingOverdue(String to, String name, long cohortId, String cohortName, String other, LocalDate due) {
        outbox.queue(to, MailTemplate.MEETING_OVERDUE, cohortId, name, cohortName, other, due);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void pairingAtRisk(String to, String name, long cohortId, String cohortName, String resident, String mentor,
                              String reason) {
        outbox.queue(to, MailTemplate.PAIRING_AT_RISK, cohortId, name, cohortName, resident, mentor, reason);
    }

    /** Once per pairing at risk, besides the mails to each director: the program's channel hears who, not why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pairingAtRiskInProgram(long programId, long cohortId, String cohortName, String resident, String mentor) {
        notices.publishEvent(new ProgramNotice.PairingAtRisk(programId, cohortId, cohortName, resident, mentor));
    }
}
