package io.mentormatch.api.proposal;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;

/** The figures the director's confirmations state before sending, withdrawing or publishing proposals. */
@Service
public class ActionConsequences {

    private final ProposalRepository proposals;
    private final CohortService cohorts;
    private final ProposalViews views;

    ActionConsequences(ProposalRepository proposals, CohortService cohorts, ProposalViews views) {
        this.proposals = proposals;
        this.cohorts = cohorts;
        this.views = views;
    }

    /** Sending: every draft goes to its mentor, who gets an e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ActionConsequence sending(long cohortId) {
        return of(cohortId, p -> !p.isSent());
    }

    /** Withdrawing every sent proposal no mentor has answered: each mentor gets an e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ActionConsequence withdrawing(long cohortId) {
        return of(cohortId, ProposalEntity::isOpen);
    }

    /** Withdrawing one proposal (whether it may be withdrawn is the withdrawal's to say). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ActionConsequence withdrawing(long cohortId, long proposalId) {
        proposals.findByIdAndCohortId(proposalId, cohortId).orElseThrow(() -> new ProposalNotFound(cohortId, proposalId));
        return of(cohortId, p -> p.getId() == proposalId);
    }

    /** Publishing: every sent, live pairing is announced to its resident and its mentor. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ActionConsequence publishing(long cohortId) {
        return of(cohortId, ProposalEntity::isSent);
    }

    private ActionConsequence of(long cohortId, Predicate<ProposalEntity> concerned) {
        CohortEntity cohort = cohorts.find(cohortId);
        List<ProposalEntity> rows = proposals.findLive(cohortId).stream().filter(concerned).toList();
        ProposalViews.Names names = views.names(rows);
        List<String> mentorNames = rows.stream().map(p -> names.mentor(p.getMentorId()).name()).distinct().sorted()
                .toList();
        int residents = (int) rows.stream().map(ProposalEntity::getResidentId).distinct().count();
        int unanswered = (int) rows.stream().filter(ProposalEntity::isOpen).count();
        return new ActionConsequence(cohortId, cohort.getName(), cohort.getAcademicYear(), rows.size(), residents,
                mentorNames, unanswered);
    }
}
