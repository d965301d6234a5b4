package io.mentormatch.api.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.mentormatch.api.change.ChangeRequestEvents;
import io.mentormatch.api.change.RequesterRole;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;

/**
 * Mails of a mid-year change of mentor, queued in the outbox in the deciding transaction. The member's reason
 * never goes into a mail: the director reads it in the app, and the other member never reads it.
 */
@Component
class ChangeRequestMails {

    private final MailOutbox outbox;
    private final CohortRepository cohorts;
    private final ProposalRepository proposals;
    private final Roster roster;
    private final ApplicationEventPublisher notices;

    ChangeRequestMails(MailOutbox outbox, CohortRepository cohorts,
                       ProposalRepository proposals, Roster roster,
                       ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.cohorts = cohorts;
        this.proposals = proposals;
        this.roster = roster;
        this.notices = notices;
    }

    /** The program's directors hear that a request waits for them. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void requested(ChangeRequestEvents.Requested event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity pairing = proposals.findById(event.pairingId()).orElseThrow();
        ResidentView resident = roster.resident(pairing.getResidentId()).orElseThrow();
        MentorView mentor = roster.mentor(pairing.getMentorId()).orElseThrow();
        outbox.queueToDirectors(cohort, MailTemplate.CHANGE_REQUESTED, resident.name(), mentor.name());
        notices.publishEvent(new ProgramNotice.ChangeRequested(cohort.getProgramId(), cohort.getId(), cohort.getName(),
                resident.name(), mentor.name()));
    }

    /** An approval reaches the resident, the old and the new mentor; a decline reaches the member who asked. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void decided(ChangeRequestEvents.Decided event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity old = proposals.findById(event.pairingId()).orElseThrow();
        ResidentView resident = roster.resident(old.getResidentId()).orElseThrow();
        MentorView oldMentor = roster.mentor(old.getMentorId()).orElseThrow();
        if (!event.approved()) {
            boolean residentAsked = event.requesterRole() == RequesterRole.RESIDENT;
            outbox.queue(residentAsked ? resident.email() : oldMentor.email(), MailTemplate.CHANGE_DECLINED,
                    cohort.getId(), residentAsked ? resident.name() : oldMentor.name(), cohort.getName(),
                    resident.name(), oldMentor.name());
            return;
        }
        ProposalEntity started = proposals.findById(event.newPairingId()).orElseThrow();
        MentorView newMentor = roster.mentor(started.getMentorId()).orElseThrow();
        for (String[] to : new String[][] {{resident.email(), resident.name()},
                {oldMentor.email(), oldMentor.name()}, {newMentor.email(), newMentor.name()}}) {
            outbox.queue(to[0], MailTemplate.CHANGE_APPROVED, cohort.getId(), to[1], cohort.getName(),
                    resident.name(), oldMentor.name(), newMentor.name());
        }
    }

    /** A resident moved to make room reaches them, their old mentor (if any) and their new mentor. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void otherMoved(ChangeRequestEvents.OtherMoved event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity started = proposals.findById(event.startedPairingId()).orElseThrow();
        ResidentView resident = roster.resident(started.getResidentId()).orElseThrow();
        MentorView newMentor = roster.mentor(started.getMentorId()).orElseThrow();
        MentorView oldMentor = event.endedPairingId() == null ? null : roster.mentor(
                proposals.findById(event.endedPairingId()).orElseThrow().getMentorId()).orElseThrow();
        Object before = oldMentor == null ? MailTemplate.PAIRING_MOVED.phrase("no-mentor") : oldMentor.name();
        outbox.queue(resident.email(), MailTemplate.PAIRING_MOVED, cohort.getId(), resident.name(),
                cohort.getName(), resident.name(), before, newMentor.name());
        if (oldMentor != null) {
            outbox.queue(oldMentor.email(), MailTemplate.PAIRING_MOVED, cohort.getId(), oldMentor.name(),
                    cohort.getName(), resident.name(), before, newMentor.name());
        }
        outbox.queue(newMentor.email(), MailTemplate.PAIRING_MOVED, cohort.getId(), newMentor.name(),
                cohort.getName(), resident.name(), before, newMentor.name());
    }
}
