package io.mentormatch.api.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalEvents;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.roster.Roster;

/** A decline whose re-match waits for review: the program's directors get one mail with the reason and suggestion. */
@Component
class RematchDraftMails {

    private final MailOutbox outbox;
    private final CohortRepository cohorts;
    private final ProposalRepository proposals;
    private final Roster roster;
    private final ApplicationEventPublisher notices;

    RematchDraftMails(MailOutbox outbox, CohortRepository cohorts,
                      ProposalRepository proposals, Roster roster,
                      ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.cohorts = cohorts;
        this.proposals = proposals;
        this.roster = roster;
        this.notices = notices;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void drafted(ProposalEvents.RematchDrafted event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity declined = proposals.findById(event.declinedProposalId()).orElseThrow();
        String decliner = roster.mentor(declined.getMentorId()).orElseThrow().name();
        String resident = roster.resident(event.residentId()).orElseThrow().name();
        MailTemplate mail = MailTemplate.REMATCH_DRAFTED;
        Object suggestion = event.mentorId() == null ? mail.phrase("no-seat")
                : mail.phrase("suggestion", roster.mentor(event.mentorId()).orElseThrow().name());
        Object reason = declined.getDecisionReason() == null ? MailTemplate.DECISION.phrase("no-reason")
                : declined.getDecisionReason();
        outbox.queueToDirectors(cohort, mail, decliner, resident, reason, suggestion);
        notices.publishEvent(new ProgramNotice.ProposalDeclined(cohort.getProgramId(), cohort.getId(), cohort.getName(),
                resident, decliner));
    }
}
