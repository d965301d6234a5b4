package io.mentormatch.api.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.roster.PairRules;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;

/**
 * Each mentor accepts or declines the proposals sent to them; a decline bans the pair and re-matches that
 * resident ({@link Rematch#best}). Every answer locks the cohort row first, so capacity holds under concurrent
 * answers: a mentor never has more accepted plus proposed mentees than seats, a resident never two pairings.
 */
@Service
public class MentorDecisions {

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final Roster roster;
    private final PairRules rules;
    private final Rematch rematch;
    private final DeclineDrafts drafts;
    private final ProposalViews views;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentorDecisions(ProposalRepository proposals, CohortService cohorts, Roster roster,
                    PairRules rules, Rematch rematch, DeclineDrafts drafts, ProposalViews views, AuditLog audit,
                    AccessPolicy access, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.roster = roster;
        this.rules = rules;
        this.rematch = rematch;
        this.drafts = drafts;
        this.views = views;
        this.audit = audit;
        this.access = access;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** A mentor's own sent proposals, whatever their state, in the mentor's words (no resident's ranking). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentorCode)")
    public List<ProposalView> forMentor(long cohortId, String mentorCode) {
        CohortEntity cohort = cohorts.find(cohortId);
        MentorView mentor = roster.mentor(cohortId, mentorCode)
                .orElseThrow(() -> new MentorNotInCohort(cohortId, mentorCode));
        List<ProposalEntity> sent = proposals.findSentToMentor(mentor.id());
        ProposalViews.Names names = views.names(sent);
        return sent.stream().map(p -> views.mentorView(cohort, p, names)).toList();
    }

    /** The proposal's mentor accepts it. */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public ProposalView accept(long cohortId, long proposalId, Decision decision) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = openProposalOfCurrentMentor(cohortId, proposalId, decision);
        // a resident accepts one mentor per layer: with peer mentoring, a faculty mentor and a peer mentor
        Layer layer = layerOf(cohort, proposal);
        boolean alreadyAccepted = proposals.findLive(cohortId).stream().anyMatch(p -> !p.getId().equals(proposalId)
                && p.getResidentId().equals(proposal.getResidentId()) && p.getState() == ProposalState.ACCEPTED
                && layerOf(cohort, p) == layer);
        ProposalViews.Names names = views.names(List.of(proposal));
        if (alreadyAccepted) {
            throw new ResidentAlreadyAccepted(names.resident(proposal.getResidentId()).code());
        }
        ProposalView before = views.view(cohort, proposal, names);
        proposal.decide(ProposalState.ACCEPTED, decision.reason(), actor.name(), clock.instant());
        ProposalEntity saved = proposals.saveAndFlush(proposal);
        ProposalView after = views.view(cohort, saved, names);
        audit.record("proposal.accepted", "proposal", proposalId, cohortId, before, after);
        events.publishEvent(new ProposalEvents.Decided(cohortId, proposalId, ProposalState.ACCEPTED));
        return views.mentorView(cohort, saved, names);
    }

    /**
     * The proposal's mentor declines it: the pair is banned for good and the resident alone is re-matched, with
     * every other current pairing kept. When the cohort re-proposes declines automatically the new proposal goes to
     * the new mentor at once; otherwise the re-match is a draft for the director ({@link DeclineDrafts}).
     *
     * @return the declined proposal, and the new one when one was sent, in the mentor's words
     */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<ProposalView> decline(long cohortId, long proposalId, Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new DeclineNeedsReason();
        }
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = openProposalOfCurrentMentor(cohortId, proposalId, decision);
        ProposalViews.Names names = views.names(List.of(proposal));
        ProposalView before = views.view(cohort, proposal, names);
        Instant now = clock.instant();
        proposal.decide(ProposalState.DECLINED, decision.reason().strip(), actor.name(), now);
        proposals.saveAndFlush(proposal);
        if (!rules.exists(PairRuleKind.DECLINED, proposal.getResidentId(), proposal.getMentorId())) {
            rules.addNow(cohortId, PairRuleKind.DECLINED, proposal.getResidentId(), proposal.getMentorId(),
                    decision.reason().strip(), now);
        }
        List<ProposalView> result = new ArrayList<>();
        audit.record("proposal.declined", "proposal", proposalId, cohortId, before, views.view(cohort, proposal, names));
        result.add(views.mentorView(cohort, proposal, names));
        events.publishEvent(new ProposalEvents.Decided(cohortId, proposalId, ProposalState.DECLINED));
        if (!cohort.isReproposeDeclines()) {
            drafts.draft(cohortId, proposal, layerOf(cohort, proposal));
            return result;
        }
        replacement(cohort, proposal, layerOf(cohort, proposal), names).ifPresent(replacement -> {
            ProposalViews.Names replacementNames = views.names(List.of(replacement));
            audit.record("proposal.rematched", "proposal", replacement.getId(), cohortId, before,
                    views.view(cohort, replacement, replacementNames));
            result.add(views.mentorView(cohort, replacement, replacementNames));
            events.publishEvent(new ProposalEvents.Sent(cohortId, List.of(replacement.getId())));
        });
        return result;
    }

    private Layer layerOf(CohortEntity cohort, ProposalEntity proposal) {
        return cohort.layerOf(roster.mentor(proposal.getMentorId()).orElseThrow().kind());
    }

    /**
     * The re-match's proposal for the declined resident, in the declined proposal's layer (a declined peer mentor is
     * replaced by a peer mentor), sent at once (in a published cohort its cadence runs from now); empty (and
     * audited) when nobody fits.
     */
    private Optional<ProposalEntity> replacement(CohortEntity cohort, ProposalEntity declined, Layer layer,
                                                 ProposalViews.Names names) {
        long cohortId = cohort.getId();
        Optional<RematchOption> chosen = rematch.best(cohortId, declined.getResidentId(), layer, Set.of());
        if (chosen.isEmpty()) {
            audit.record("proposal.rematch-found-nobody", "resident", declined.getResidentId(), cohortId, null,
                    Map.of("resident", names.resident(declined.getResidentId()).code()));
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(proposals.saveAndFlush(ProposalEntity.replacing(cohortId, declined.getRunId(),
                declined.getResidentId(), chosen.get().mentorId(), chosen.get().pairScore(), chosen.get().reasons(),
                now, cohort.getState() == CohortState.PUBLISHED ? now : null)));
    }

    /** The open proposal the signed-in mentor (or an administrator) is about to answer, for the confirmation. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public ProposalView toAnswer(long cohortId, long proposalId) {
        ProposalEntity proposal = openProposalOfCurrentMentor(cohortId, proposalId);
        return views.mentorView(cohorts.find(cohortId), proposal, views.names(List.of(proposal)));
    }

    private ProposalEntity openProposalOfCurrentMentor(long cohortId, long proposalId, Decision decision) {
        ProposalEntity proposal = openProposalOfCurrentMentor(cohortId, proposalId);
        ConcurrentEdit.check("the proposal", decision.version(), proposal.getVersion(), List.of());
        return proposal;
    }

    private ProposalEntity openProposalOfCurrentMentor(long cohortId, long proposalId) {
        ProposalEntity proposal = proposals.findByIdAndCohortId(proposalId, cohortId)
                .orElseThrow(() -> new ProposalNotFound(cohortId, proposalId));
        MentorView mentor = roster.mentor(proposal.getMentorId()).orElseThrow();
        if (!access.isMentor(cohortId, mentor.code()) && !access.isAdmin()) {
            throw new AccessDeniedException("only the proposal's mentor answers it");
        }
        if (!proposal.isOpen()) {
            throw new ProposalNotOpen(proposalId, proposal.getSupersededAt() != null ? "it was replaced"
                    : !proposal.isSent() ? "it has not been sent" : "it is already " + proposal.getState());
        }
        return proposal;
    }
}
