package io.mentormatch.api.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortMoved;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalEvents;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.proposal.RematchDraftRepository;
import io.mentormatch.api.publication.CohortPublished;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.api.run.RunFinished;
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
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final ProposalRepository proposals;
    private final RematchDraftRepository drafts;
    private final ApplicationEventPublisher notices;

    Notifier(MailOutbox outbox, CohortRepository cohorts, ResidentRepository residents, MentorRepository mentors,
             ProposalRepository proposals, RematchDraftRepository drafts, ApplicationEventPublisher notices) {
        this.outbox = outbox;
        this.cohorts = cohorts;
        this.residents = residents;
        this.mentors = mentors;
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
        for (ResidentEntity resident : residents.findByCohortIdOrderByCode(cohort.getId())) {
            outbox.queue(resident.getEmail(), MailTemplate.FORM_OPENED, cohort.getId(), resident.getName(),
                    cohort.getName(), cohort.getPreferenceDeadline());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalsSent(ProposalEvents.Sent event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        List<ProposalEntity> sent = proposals.findAllById(event.proposalIds());
        People people = people(sent);
        for (ProposalEntity proposal : sent) {
            MentorEntity mentor = people.mentor(proposal);
            ResidentEntity resident = people.resident(proposal);
            Instant respondBy = proposal.getSentAt().plus(Duration.ofDays(cohort.getResponseWindowDays()));
            outbox.queue(mentor.getEmail(), MailTemplate.PROPOSAL_SENT, cohort.getId(), mentor.getName(),
                    cohort.getName(), resident.getName(), respondBy,
                    bullets(PairExplainer.forAudience(proposal.getReasons(), Audience.MENTOR, resident.getName(),
                            mentor.getName())));
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
        MentorEntity oldMentor = mentors.findById(withdrawn.getMentorId()).orElseThrow();
        ResidentEntity resident = residents.findById(withdrawn.getResidentId()).orElseThrow();
        if (withdrawn.isSent()) {
            outbox.queue(oldMentor.getEmail(), MailTemplate.PROPOSAL_WITHDRAWN, cohort.getId(), oldMentor.getName(),
                    cohort.getName(), resident.getName());
        }
        if (event.madeRoom() && cohort.getState() == CohortState.PUBLISHED) {
            MentorEntity newMentor = mentors.findById(proposals.findById(event.replacementId()).orElseThrow()
                    .getMentorId()).orElseThrow();
            outbox.queue(resident.getEmail(), MailTemplate.PAIRING_MOVED, cohort.getId(), resident.getName(),
                    cohort.getName(), resident.getName(), oldMentor.getName(), newMentor.getName());
        }
    }

    /** The mentor of each proposal the director took back hears that it need not be answered. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalsRecalled(ProposalEvents.Recalled event) {
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        List<ProposalEntity> recalled = proposals.findAllById(event.proposalIds());
        People people = people(recalled);
        for (ProposalEntity proposal : recalled) {
            MentorEntity mentor = people.mentor(proposal);
            ResidentEntity resident = people.resident(proposal);
            outbox.queue(mentor.getEmail(), MailTemplate.PROPOSAL_RECALLED, cohort.getId(), mentor.getName(),
                    cohort.getName(), resident.getName());
        }
    }

    /**
     * The program's directors hear of every decision; a decline whose re-match waits for their review is told in
     * that one mail instead ({@link RematchDraftMails}).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void proposalDecided(ProposalEvents.Decided event) {
        if (event.decision() == ProposalState.DECLINED && drafts.existsByDeclinedProposalId(event.proposalId())) {
            return;
        }
        CohortEntity cohort = cohorts.findById(event.cohortId()).orElseThrow();
        ProposalEntity proposal = proposals.findById(event.proposalId()).orElseThrow();
        MentorEntity mentor = mentors.findById(proposal.getMentorId()).orElseThrow();
        ResidentEntity resident = residents.findById(proposal.getResidentId()).orElseThrow();
        String reason = proposal.getDecisionReason() == null ? "none given" : proposal.getDecisionReason();
        outbox.queueToDirectors(cohort, MailTemplate.DECISION, mentor.getName(), resident.getName(),
                event.decision() == ProposalState.ACCEPTED ? "accepted" : "declined", reason);
        if (event.decision() == ProposalState.DECLINED) {
            notices.publishEvent(new ProgramNotice.ProposalDeclined(cohort.getProgramId(), cohort.getId(),
                    cohort.getName(), resident.getName(), mentor.getName()));
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
            MentorEntity mentor = people.mentor(proposal);
            ResidentEntity resident = people.resident(proposal);
            outbox.queue(resident.getEmail(), MailTemplate.PUBLISHED, cohort.getId(), resident.getName(),
                    cohort.getName(), mentor.getName(), bullets(PairExplainer.forAudience(proposal.getReasons(),
                            Audience.PAIRED_RESIDENT, resident.getName(), mentor.getName())));
            outbox.queue(mentor.getEmail(), MailTemplate.PUBLISHED, cohort.getId(), mentor.getName(),
                    cohort.getName(), resident.getName(),
                    bullets(PairExplainer.forAudience(proposal.getReasons(), Audience.MENTOR, resident.getName(),
                            mentor.getName())));
        }
    }

    /** The mentors and residents of these proposals, read with one query each rather than two per proposal. */
    private People people(List<ProposalEntity> of) {
        return new People(
                byId(mentors.findAllById(of.stream().map(ProposalEntity::getMentorId).distinct().toList()), MentorEntity::getId),
                byId(residents.findAllById(of.stream().map(ProposalEntity::getResidentId).distinct().toList()), ResidentEntity::getId));
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private record People(Map<Long, MentorEntity> mentors, Map<Long, ResidentEntity> residents) {

        MentorEntity mentor(ProposalEntity proposal) {
            return Objects.requireNonNull(mentors.get(proposal.getMentorId()));
        }

        ResidentEntity resident(ProposalEntity proposal) {
            return Objects.requireNonNull(residents.get(proposal.getResidentId()));
        }
    }

    private static String bullets(List<String> reasons) {
        return reasons.stream().map(r -> "- " + r).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
