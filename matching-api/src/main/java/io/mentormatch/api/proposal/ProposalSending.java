package io.mentormatch.api.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;

/** The director sends the drafts to their mentors and follows up the answers that are overdue. */
@Service
public class ProposalSending {

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final ProposalViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalSending(ProposalRepository proposals, CohortService cohorts, ProposalViews views, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Sends every draft to its mentor; the first sending moves the cohort from MATCHING to PROPOSED. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ProposalView> send(long cohortId) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (cohort.getState() != CohortState.MATCHING && cohort.getState() != CohortState.PROPOSED) {
            throw new CohortLocked(cohort.getState(), "sending proposals");
        }
        List<ProposalEntity> drafts = proposals.findLive(cohortId).stream().filter(p -> !p.isSent()).toList();
        if (drafts.isEmpty()) {
            throw new NothingToSend(cohortId);
        }
        Instant now = clock.instant();
        drafts.forEach(p -> p.send(now));
        proposals.saveAllAndFlush(drafts);
        if (cohort.getState() == CohortState.MATCHING) {
            cohorts.advance(cohortId, CohortState.PROPOSED);
        }
        List<ProposalView> sent = views.views(cohort, drafts, views.names(drafts));
        List<Long> ids = drafts.stream().map(ProposalEntity::getId).toList();
        audit.record("proposals.sent", "cohort", cohortId, cohortId, null, Map.of("sentAt", now, "proposals", ids));
        events.publishEvent(new ProposalEvents.Sent(cohortId, ids));
        return sent;
    }

    /** Sent proposals unanswered past the cohort's response window, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ProposalView> overdue(long cohortId) {
        CohortEntity cohort = cohorts.find(cohortId);
        Instant now = clock.instant();
        List<ProposalEntity> overdue = proposals.findLive(cohortId).stream()
                .filter(p -> p.isOpen() && now.isAfter(ProposalViews.respondBy(cohort, p)))
                .sorted(Comparator.comparing(ProposalEntity::getSentAt)).toList();
        return views.views(cohort, overdue, views.names(overdue));
    }
}
