package io.mentormatch.api.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.mentormatch.api.change.ChangeRequestEntity;
import io.mentormatch.api.change.ChangeRequestEvents;
import io.mentormatch.api.change.ChangeRequestRepository;
import io.mentormatch.api.change.RequesterRole;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;

/**
 * Mails of a mid-year change of mentor, queued in the outbox in the deciding transaction. The member's reason
 * never goes into a mail: the director reads it in the app, and the other member never reads it.
 */
@Component
class ChangeRequestMails {

    private final MailOutbox outbox;
    private final ChangeRequestRepository requests;
    private final CohortRepository cohorts;
    private final ProposalRepository proposals;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final ApplicationEventPublisher notices;

    ChangeRequestMails(MailOutbox outbox, ChangeRequestRepository requests, CohortRepository cohorts,
                       ProposalRepository proposals, ResidentRepository residents, MentorRepository mentors,
                       ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.requests = requests;
        this.cohorts = cohorts;
        this.proposals = proposals;
        this.residents = residents;
        this.mentors = mentors;
        this.notices = notices;
    }

    /** The program's directors hear that a request waits for them. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void requested(ChangeRequestEvents.Requested event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity pairing = proposals.findById(requests.findById(event.requestId()).orElseThrow().getPairingId())
                .orElseThrow();
        ResidentEntity resident = residents.findById(pairing.getResidentId()).orElseThrow();
        MentorEntity mentor = mentors.findById(pairing.getMentorId()).orElseThrow();
        outbox.queueToDirectors(cohort, MailTemplate.CHANGE_REQUESTED, resident.getName(), mentor.getName());
        notices.publishEvent(new ProgramNotice.ChangeRequested(cohort.getProgramId(), cohort.getId(), cohort.getName(),
                resident.getName(), mentor.getName()));
    }

    /** An approval reaches the resident, the old and the new mentor; a decline reaches the member who asked. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void decided(ChangeRequestEvents.Decided event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ChangeRequestEntity request = requests.findById(event.requestId()).orElseThrow();
        ProposalEntity old = proposals.findById(request.getPairingId()).orElseThrow();
        ResidentEntity resident = residents.findById(old.getResidentId()).orElseThrow();
        MentorEntity oldMentor = mentors.findById(old.getMentorId()).orElseThrow();
        if (!event.approved()) {
            boolean residentAsked = request.getRequesterRole() == RequesterRole.RESIDENT;
            outbox.queue(residentAsked ? resident.getEmail() : oldMentor.getEmail(), MailTemplate.CHANGE_DECLINED,
                    cohort.getId(), residentAsked ? resident.getName() : oldMentor.getName(), cohort.getName(),
                    resident.getName(), oldMentor.getName());
            return;
        }
        ProposalEntity started = proposals.findById(request.getNewPairingId()).orElseThrow();
        MentorEntity newMentor = mentors.findById(started.getMentorId()).orElseThrow();
        for (String[] to : new String[][] {{resident.getEmail(), resident.getName()},
                {oldMentor.getEmail(), oldMentor.getName()}, {newMentor.getEmail(), newMentor.getName()}}) {
            outbox.queue(to[0], MailTemplate.CHANGE_APPROVED, cohort.getId(), to[1], cohort.getName(),
                    resident.getName(), oldMentor.getName(), newMentor.getName());
        }
    }

    /** A resident moved to make room reaches them, their old mentor (if any) and their new mentor. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void otherMoved(ChangeRequestEvents.OtherMoved event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity started = proposals.findById(event.startedPairingId()).orElseThrow();
        ResidentEntity resident = residents.findById(started.getResidentId()).orElseThrow();
        MentorEntity newMentor = mentors.findById(started.getMentorId()).orElseThrow();
        MentorEntity oldMentor = event.endedPairingId() == null ? null : mentors.findById(
                proposals.findById(event.endedPairingId()).orElseThrow().getMentorId()).orElseThrow();
        String before = oldMentor == null ? "no mentor" : oldMentor.getName();
        outbox.queue(resident.getEmail(), MailTemplate.PAIRING_MOVED, cohort.getId(), resident.getName(),
                cohort.getName(), resident.getName(), before, newMentor.getName());
        if (oldMentor != null) {
            outbox.queue(oldMentor.getEmail(), MailTemplate.PAIRING_MOVED, cohort.getId(), oldMentor.getName(),
                    cohort.getName(), resident.getName(), before, newMentor.getName());
        }
        outbox.queue(newMentor.getEmail(), MailTemplate.PAIRING_MOVED, cohort.getId(), newMentor.getName(),
                cohort.getName(), resident.getName(), before, newMentor.getName());
    }
}
