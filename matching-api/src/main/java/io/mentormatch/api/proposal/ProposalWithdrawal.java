package io.mentormatch.api.proposal;

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

/**
 * The director takes sent proposals back while no mentor has answered them: each becomes a draft of the review
 * again, and its mentor hears by e-mail that it need not be answered. An answered proposal stays as answered.
 */
@Service
public class ProposalWithdrawal {

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final ProposalViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProposalWithdrawal(ProposalRepository proposals, CohortService cohorts, ProposalViews views, AuditLog audit,
                       ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.views = views;
        this.audit = audit;
        this.events = events;
    }

    /** Withdraws one sent proposal; refused (409) once its mentor answered it. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ProposalView withdraw(long cohortId, long proposalId) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        ProposalEntity proposal = proposals.findByIdAndCohortId(proposalId, cohortId)
                .filter(p -> p.getSupersededAt() == null)
                .orElseThrow(() -> new ProposalNotFound(cohortId, proposalId));
        proposed(cohort);
        ProposalViews.Names names = views.names(List.of(proposal));
        if (proposal.getState() != ProposalState.PROPOSED) {
            throw new ProposalAlreadyAnswered(names.mentor(proposal.getMentorId()).name(),
                    names.resident(proposal.getResidentId()).name(), proposal.getState());
        }
        if (!proposal.isSent()) {
            throw new NothingToWithdraw("The proposal to " + names.mentor(proposal.getMentorId()).name()
                    + " for " + names.resident(proposal.getResidentId()).name() + " was not sent, so there is nothing to withdraw.");
        }
        return withdrawn(cohort, List.of(proposal), names).get(0);
    }

    /** Withdraws every sent proposal no mentor has answered yet; the answered ones stay as they are. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ProposalView> withdrawUnanswered(long cohortId) {
        CohortEntity cohort = proposed(cohorts.lockedCohort(cohortId));
        List<ProposalEntity> open = proposals.findLive(cohortId).stream().filter(ProposalEntity::isOpen).toList();
        if (open.isEmpty()) {
            throw new NothingToWithdraw("No sent proposal is waiting for its mentor, so there is nothing to withdraw.");
        }
        return withdrawn(cohort, open, views.names(open));
    }

    private static CohortEntity proposed(CohortEntity cohort) {
        if (cohort.getState() != CohortState.PROPOSED) {
            throw new CohortLocked(cohort.getState(), "withdrawing proposals");
        }
        return cohort;
    }

    private List<ProposalView> withdrawn(CohortEntity cohort, List<ProposalEntity> sent, ProposalViews.Names names) {
        List<ProposalView> before = views.views(cohort, sent, names);
        sent.forEach(ProposalEntity::withdraw);
        proposals.saveAllAndFlush(sent);
        List<ProposalView> after = views.views(cohort, sent, names);
        for (int i = 0; i < sent.size(); i++) {
            audit.record("proposal.withdrawn", "proposal", sent.get(i).getId(), cohort.getId(),
                    Map.of("sentAt", before.get(i).sentAt()), Map.of("sentAt", "not sent"));
        }
        events.publishEvent(new ProposalEvents.Recalled(cohort.getId(),
                sent.stream().map(ProposalEntity::getId).toList()));
        return after;
    }
}
