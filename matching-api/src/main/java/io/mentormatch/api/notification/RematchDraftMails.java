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
        String suggestion = event.mentorId() == null
                ? "No compatible mentor has a free seat at the moment."
                : "The matching suggests " + roster.mentor(event.mentorId()).orElseThrow().name() + ".";
        outbox.queueToDirectors(cohort, MailTemplate.REMATCH_DRAFTED, decliner, resident, declined.getDecisionReason(),
                suggestion);
        notices.publishEvent(new ProgramNotice.ProposalDeclined(cohort.getProgramId(), cohort.getId(), cohort.getName(),
                resident, decliner));
    }
}
