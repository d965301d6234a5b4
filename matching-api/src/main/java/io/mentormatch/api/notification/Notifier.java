package io.mentormatch.api.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortMoved;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.DeclineDrafts;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalEvents;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.publication.CohortPublished;
import io.mentormatch.api.run.RunFinished;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/**
 * Mails the people concerned at each step of the workflow. Each listener queues its mails in the outbox just before
 * the change commits, in the same transaction: a change that rolls back mails nobody, and a committed change never
 * loses its mails. Nothing here waits for a mail server or takes a second database connection.
 */
@Component
class Notifier {

    private final MailOutbox outbox;
    private final CohortRepository cohorts;
    private final Roster roster;
    private final ProposalRepository proposals;
    private final DeclineDrafts drafts;
    private final ApplicationEventPublisher notices;

    Notifier(MailOutbox outbox, CohortRepository cohorts, Roster roster,
             ProposalRepository proposals, DeclineDrafts drafts, ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.cohorts = cohorts;
        this.roster = roster;
        this.proposals = proposals;
        this.drafts = drafts;
        this.notices = notices;
    }

    /** Opening the cohort for preferences invites its residents to fill in their forms. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void cohortMoved(CohortMoved event) {
        if (event.to() != CohortState.OPEN_FOR_PREFERENCES) {
            return;
        }
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        for (ResidentView resident : roster.residentsOf(cohort.getId())) {
            outbox.queue(resident.email(), MailTemplate.FORM_OPENED, cohort.getId(), resident.name(),
                    cohort.getName(), cohort.getPreferenceDeadline());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalsSent(ProposalEvents.Sent event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        List<ProposalEntity> sent = proposals.findAllById(event.proposalIds());
        People people = people(sent);
        for (ProposalEntity proposal : sent) {
            MentorView mentor = people.mentor(proposal);
            ResidentView resident = people.resident(proposal);
            Instant respondBy = proposal.getSentAt().plus(Duration.ofDays(cohort.getResponseWindowDays()));
            outbox.queue(mentor.email(), MailTemplate.PROPOSAL_SENT, cohort.getId(), mentor.name(),
                    cohort.getName(), resident.name(), respondBy,
                    bullets(PairExplainer.forAudience(proposal.getReasons(), Audience.MENTOR, resident.name(),
                            mentor.name())));
        }
    }

    /**
     * The mentor of a proposal a re-match withdrew hears it need not be answered; once the cohort is published, a
     * resident moved to make room hears of their new mentor (before, residents see no proposal; the re-matched
     * resident hears of no decline either, as with any decline).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalWithdrawn(ProposalEvents.Withdrawn event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity withdrawn = proposals.findById(event.withdrawnId()).orElseThrow();
        MentorView oldMentor = roster.mentor(withdrawn.getMentorId()).orElseThrow();
        ResidentView resident = roster.resident(withdrawn.getResidentId()).orElseThrow();
        if (withdrawn.isSent()) {
            outbox.queue(oldMentor.email(), MailTemplate.PROPOSAL_WITHDRAWN, cohort.getId(), oldMentor.name(),
                    cohort.getName(), resident.name());
        }
        if (event.madeRoom() && cohort.getState() == CohortState.PUBLISHED) {
            MentorView newMentor = roster.mentor(proposals.findById(event.replacementId()).orElseThrow()
                    .getMentorId()).orElseThrow();
            outbox.queue(resident.email(), MailTemplate.PAIRING_MOVED, cohort.getId(), resident.name(),
                    cohort.getName(), resident.name(), oldMentor.name(), newMentor.name());
        }
    }

    /** The mentor of each proposal the director took back hears that it need not be answered. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalsRecalled(ProposalEvents.Recalled event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        List<ProposalEntity> recalled = proposals.findAllById(event.proposalIds());
        People people = people(recalled);
        for (ProposalEntity proposal : recalled) {
            MentorView mentor = people.mentor(proposal);
            ResidentView resident = people.resident(proposal);
            outbox.queue(mentor.email(), MailTemplate.PROPOSAL_RECALLED, cohort.getId(), mentor.name(),
                    cohort.getName(), resident.name());
        }
    }

    /**
     * The program's directors hear of every decision; a decline whose re-match waits for their review is told in
     * that one mail instead ({@link RematchDraftMails}).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalDecided(ProposalEvents.Decided event) {
        if (event.decision() == ProposalState.DECLINED && drafts.drafted(event.proposalId())) {
            return;
        }
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity proposal = proposals.findById(event.proposalId()).orElseThrow();
        MentorView mentor = roster.mentor(proposal.getMentorId()).orElseThrow();
        ResidentView resident = roster.resident(proposal.getResidentId()).orElseThrow();
        MailTemplate mail = MailTemplate.DECISION;
        Object reason = proposal.getDecisionReason() == null ? mail.phrase("no-reason") : proposal.getDecisionReason();
        outbox.queueToDirectors(cohort, mail, mentor.name(), resident.name(),
                mail.phrase(event.decision() == ProposalState.ACCEPTED ? "accepted" : "declined"), reason);
        if (event.decision() == ProposalState.DECLINED) {
            notices.publishEvent(new ProgramNotice.ProposalDeclined(cohort.getProgramId(), cohort.getId(),
                    cohort.getName(), resident.name(), mentor.name()));
        }
    }

    /** No mail: the director started the run and watches it; the program's channel hears that it ended. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void runFinished(RunFinished event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        notices.publishEvent(new ProgramNotice.RunFinished(cohort.getProgramId(), cohort.getId(), cohort.getName(),
                event.succeeded()));
    }

    /** Every published pairing is announced to both its resident and its mentor. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void published(CohortPublished event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        List<ProposalEntity> published = proposals.findLive(cohort.getId()).stream().filter(ProposalEntity::isSent).toList();
        People people = people(published);
        for (ProposalEntity proposal : published) {
            MentorView mentor = people.mentor(proposal);
            ResidentView resident = people.resident(proposal);
            outbox.queue(resident.email(), MailTemplate.PUBLISHED, cohort.getId(), resident.name(),
                    cohort.getName(), mentor.name(), bullets(PairExplainer.forAudience(proposal.getReasons(),
                            Audience.PAIRED_RESIDENT, resident.name(), mentor.name())));
            outbox.queue(mentor.email(), MailTemplate.PUBLISHED, cohort.getId(), mentor.name(),
                    cohort.getName(), resident.name(),
                    bullets(PairExplainer.forAudience(proposal.getReasons(), Audience.MENTOR, resident.name(),
                            mentor.name())));
        }
    }

    /** The mentors and residents of these proposals, read with one query each rather than two per proposal. */
    private People people(List<ProposalEntity> of) {
        return new People(
                roster.mentors(of.stream().map(ProposalEntity::getMentorId).distinct().toList()),
                roster.residents(of.stream().map(ProposalEntity::getResidentId).distinct().toList()));
    }


    private record People(Map<Long, MentorView> mentors, Map<Long, ResidentView> residents) {

        MentorView mentor(ProposalEntity proposal) {
            return Objects.requireNonNull(mentors.get(proposal.getMentorId()));
        }

        ResidentView resident(ProposalEntity proposal) {
            return Objects.requireNonNull(residents.get(proposal.getResidentId()));
        }
    }

    private static String bullets(List<String> reasons) {
        return reasons.stream().map(r -> "- " + r).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
