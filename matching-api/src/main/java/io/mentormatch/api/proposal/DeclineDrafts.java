package io.mentormatch.api.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.core.cohort.Layer;

/**
 * A mentor's decline re-matches the resident as a draft the director reviews, unless the cohort re-proposes declines
 * automatically: {@link #draft} keeps the engine's suggestion ({@link Rematch#best}) and proposes nothing; the
 * director approves it or picks any other compatible mentor with a free seat ({@link #approve}), and only then is
 * the proposal sent. Re-matching the resident with other residents moving ({@link DeclineRematch#apply}) settles the
 * draft too.
 */
@Service
public class DeclineDrafts {

    private final RematchDraftRepository drafts;
    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final Rematch rematch;
    private final CandidateMentors candidates;
    private final ProposalViews views;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclineDrafts(RematchDraftRepository drafts, ProposalRepository proposals, CohortService cohorts,
                  MentorRepository mentors, ResidentRepository residents, Rematch rematch,
                  CandidateMentors candidates, ProposalViews views, AuditLog audit, CurrentActor actor, ApplicationEventPublisher events,
                  Clock clock) {
        this.drafts = drafts;
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
        this.rematch = rematch;
        this.candidates = candidates;
        this.views = views;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the re-match of a declined proposal for the director, in the decline's transaction; proposes nothing. */
    void draft(long cohortId, ProposalEntity declined, Layer layer) {
        Optional<RematchOption> best = rematch.best(cohortId, declined.getResidentId(), layer, Set.of());
        RematchDraftEntity draft = drafts.saveAndFlush(new RematchDraftEntity(cohortId, declined.getId(),
                declined.getResidentId(), best.map(RematchOption::mentorId).orElse(null),
                best.map(RematchOption::pairScore).orElse(0), clock.instant()));
        audit.record("proposal.rematch-drafted", "proposal", declined.getId(), cohortId, null,
                Map.of("draft", draft.getId(), "suggestedMentor", best.map(RematchOption::mentor).orElse("")));
        events.publishEvent(new ProposalEvents.RematchDrafted(cohortId, draft.getId()));
    }

    /** How many declines wait for the director's review: the dashboard's "Needs your review". */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public long pending(long cohortId) {
        return drafts.countByCohortIdAndDecidedAtIsNull(cohortId);
    }

    /** The declines waiting for review, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<RematchDraftSummary> open(long cohortId) {
        cohorts.find(cohortId);
        return drafts.findByCohortIdAndDecidedAtIsNullOrderById(cohortId).stream().map(d -> {
            ProposalEntity declined = proposals.findById(d.getDeclinedProposalId()).orElseThrow();
            return new RematchDraftSummary(d.getId(), resident(d).getName(), mentorName(declined.getMentorId()),
                    d.getMentorId() == null ? null : mentorName(d.getMentorId()));
        }).toList();
    }

    /** The review page's one read: the decline and its reason beside the suggestion and every other candidate. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RematchDraftReview review(long cohortId, long draftId, CandidateFilter filter) {
        CohortEntity cohort = cohorts.find(cohortId);
        RematchDraftEntity draft = find(cohortId, draftId);
        ProposalEntity declined = proposals.findById(draft.getDeclinedProposalId()).orElseThrow();
        ResidentEntity resident = resident(draft);
        MentorEntity suggested = draft.getMentorId() == null ? null : mentors.findById(draft.getMentorId()).orElseThrow();
        CandidateList list = draft.isOpen() ? candidates.candidates(cohortId, resident.getId(), resident.getName(),
                layerOf(cohort, declined), Set.of(), filter)
                : new CandidateList(List.of(), 0, 0, 1, 1, List.of(), List.of(), filter);
        return new RematchDraftReview(draftId, cohortId, resident.getName(), mentorName(declined.getMentorId()),
                declined.getDecisionReason(), declined.getDecidedAt(), suggested == null ? null : suggested.getCode(),
                suggested == null ? null : suggested.getName(), draft.isOpen(), list);
    }

    /**
     * Sends the resident's new proposal to the chosen mentor (the suggestion or any other compatible mentor with a
     * free seat), under the cohort's lock; in a published cohort its cadence runs from now.
     *
     * @return the proposal sent
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ProposalView approve(long cohortId, long draftId, String mentorCode) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        RematchDraftEntity draft = find(cohortId, draftId);
        ResidentEntity resident = resident(draft);
        if (!draft.isOpen()) {
            throw new RematchDraftDecided(resident.getName());
        }
        ProposalEntity declined = proposals.findById(draft.getDeclinedProposalId()).orElseThrow();
        MentorEntity mentor = mentors.findByCohortIdAndCode(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        RematchOption chosen = rematch.options(cohortId, resident.getId(), layerOf(cohort, declined), Set.of(),
                        Integer.MAX_VALUE).stream().filter(o -> o.mentorId() == mentor.getId()).findFirst()
                .orElseThrow(() -> new MentorUnavailable(mentor.getName()));
        Instant now = clock.instant();
        ProposalEntity sent = proposals.saveAndFlush(ProposalEntity.replacing(cohortId, declined.getRunId(),
                resident.getId(), chosen.mentorId(), chosen.pairScore(), chosen.reasons(), now,
                cohort.getState() == CohortState.PUBLISHED ? now : null));
        draft.decide(actor.name(), now, sent.getId());
        drafts.saveAndFlush(draft);
        audit.record("proposal.rematch-approved", "proposal", sent.getId(), cohortId, null,
                Map.of("draft", draftId, "mentor", mentorCode, "suggested", chosen.mentorId() == orZero(draft.getMentorId())));
        events.publishEvent(new ProposalEvents.Sent(cohortId, List.of(sent.getId())));
        return views.view(cohort, sent, views.names(List.of(sent)));
    }

    /** The resident was re-matched another way (other residents moving): the draft waits no more. */
    void settle(long declinedProposalId) {
        drafts.findByDeclinedProposalIdAndDecidedAtIsNull(declinedProposalId).ifPresent(draft -> {
            draft.decide(actor.name(), clock.instant(), null);
            drafts.saveAndFlush(draft);
        });
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private Layer layerOf(CohortEntity cohort, ProposalEntity proposal) {
        return cohort.layerOf(mentors.findById(proposal.getMentorId()).orElseThrow().getKind());
    }

    private ResidentEntity resident(RematchDraftEntity draft) {
        return residents.findById(draft.getResidentId()).orElseThrow();
    }

    private String mentorName(long mentorId) {
        return mentors.findById(mentorId).orElseThrow().getName();
    }

    private RematchDraftEntity find(long cohortId, long draftId) {
        return drafts.findByIdAndCohortId(draftId, cohortId)
                .orElseThrow(() -> new RematchDraftNotFound(cohortId, draftId));
    }
}
