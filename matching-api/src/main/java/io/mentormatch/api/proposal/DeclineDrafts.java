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
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.proposal.internal.RematchDraftEntity;
import io.mentormatch.api.proposal.internal.RematchDraftRepository;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
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
    private final Roster roster;
    private final Rematch rematch;
    private final CandidateMentors candidates;
    private final ProposalViews views;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclineDrafts(RematchDraftRepository drafts, ProposalRepository proposals, CohortService cohorts,
                  Roster roster, Rematch rematch,
                  CandidateMentors candidates, ProposalViews views, AuditLog audit, CurrentActor actor, ApplicationEventPublisher events,
                  Clock clock) {
        this.drafts = drafts;
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.roster = roster;
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
        events.publishEvent(new ProposalEvents.RematchDrafted(cohortId, draft.getId(), declined.getId(),
                draft.getResidentId(), draft.getMentorId()));
    }

    /** Whether the decline of this proposal left a re-match for the director's review. */
    public boolean drafted(long declinedProposalId) {
        return drafts.existsByDeclinedProposalId(declinedProposalId);
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
            return new RematchDraftSummary(d.getId(), resident(d).name(), mentorName(declined.getMentorId()),
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
        ResidentView resident = resident(draft);
        MentorView suggested = draft.getMentorId() == null ? null : roster.mentor(draft.getMentorId()).orElseThrow();
        CandidateList list = draft.isOpen() ? candidates.candidates(cohortId, resident.id(), resident.name(),
                layerOf(cohort, declined), Set.of(), filter)
                : new CandidateList(List.of(), 0, 0, 1, 1, List.of(), List.of(), filter);
        return new RematchDraftReview(draftId, cohortId, resident.name(), mentorName(declined.getMentorId()),
                declined.getDecisionReason(), declined.getDecidedAt(), suggested == null ? null : suggested.code(),
                suggested == null ? null : suggested.name(), draft.isOpen(), list);
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
        ResidentView resident = resident(draft);
        if (!draft.isOpen()) {
            throw new RematchDraftDecided(resident.name());
        }
        ProposalEntity declined = proposals.findById(draft.getDeclinedProposalId()).orElseThrow();
        MentorView mentor = roster.mentor(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        RematchOption chosen = rematch.options(cohortId, resident.id(), layerOf(cohort, declined), Set.of(),
                        Integer.MAX_VALUE).stream().filter(o -> o.mentorId() == mentor.id()).findFirst()
                .orElseThrow(() -> new MentorUnavailable(mentor.name()));
        Instant now = clock.instant();
        ProposalEntity sent = proposals.saveAndFlush(ProposalEntity.replacing(cohortId, declined.getRunId(),
                resident.id(), chosen.mentorId(), chosen.pairScore(), chosen.reasons(), now,
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
        return cohort.layerOf(roster.mentor(proposal.getMentorId()).orElseThrow().kind());
    }

    private ResidentView resident(RematchDraftEntity draft) {
        return roster.resident(draft.getResidentId()).orElseThrow();
    }

    private String mentorName(long mentorId) {
        return roster.mentor(mentorId).orElseThrow().name();
    }

    private RematchDraftEntity find(long cohortId, long draftId) {
        return drafts.findByIdAndCohortId(draftId, cohortId)
                .orElseThrow(() -> new RematchDraftNotFound(cohortId, draftId));
    }
}
