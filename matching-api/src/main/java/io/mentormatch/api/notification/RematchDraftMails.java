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
import io.mentormatch.api.proposal.RematchDraftEntity;
import io.mentormatch.api.proposal.RematchDraftRepository;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentRepository;

/** A decline whose re-match waits for review: the program's directors get one mail with the reason and suggestion. */
@Component
class RematchDraftMails {

    private final MailOutbox outbox;
    private final RematchDraftRepository drafts;
    private final CohortRepository cohorts;
    private final ProposalRepository proposals;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final ApplicationEventPublisher notices;

    RematchDraftMails(MailOutbox outbox, RematchDraftRepository drafts, CohortRepository cohorts,
                      ProposalRepository proposals, ResidentRepository residents, MentorRepository mentors,
                      ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.drafts = drafts;
        this.cohorts = cohorts;
        this.proposals = proposals;
        this.residents = residents;
        this.mentors = mentors;
        this.notices = notices;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void drafted(ProposalEvents.RematchDrafted event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        RematchDraftEntity draft = drafts.findById(event.draftId()).orElseThrow();
        ProposalEntity declined = proposals.findById(draft.getDeclinedProposalId()).orElseThrow();
        String decliner = mentors.findById(declined.getMentorId()).orElseThrow().getName();
        String resident = residents.findById(draft.getResidentId()).orElseThrow().getName();
        String suggestion = draft.getMentorId() == null
                ? "No compatible mentor has a free seat at the moment."
                : "The matching suggests " + mentors.findById(draft.getMentorId()).orElseThrow().getName() + ".";
        outbox.queueToDirectors(cohort, MailTemplate.REMATCH_DRAFTED, decliner, resident, declined.getDecisionReason(),
                suggestion);
        notices.publishEvent(new ProgramNotice.ProposalDeclined(cohort.getProgramId(), cohort.getId(), cohort.getName(),
                resident, decliner));
    }
}
