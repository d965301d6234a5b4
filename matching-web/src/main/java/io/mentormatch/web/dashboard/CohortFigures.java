package io.mentormatch.web.dashboard;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import io.mentormatch.api.proposal.ProposalFilter;
import io.mentormatch.api.proposal.ProposalService;
import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.roster.RosterOverview;
import io.mentormatch.api.roster.RosterService;

/** Gathers the dashboard's counts of one cohort from the roster and proposal services; it decides nothing. */
@Component
public class CohortFigures {

    private static final PageRequest EVERY = PageRequest.of(0, 10_000);

    private final RosterService rosters;
    private final ProposalService proposals;

    CohortFigures(RosterService rosters, ProposalService proposals) {
        this.rosters = rosters;
        this.proposals = proposals;
    }

    public CohortCounts of(long cohortId) {
        RosterOverview roster = rosters.overview(cohortId);
        List<ProposalView> live = proposals.list(cohortId, ProposalFilter.ALL, 0, EVERY).getContent();
        long declined = proposals.list(cohortId, ProposalFilter.DECLINED, 0, EVERY).getTotalElements();
        long open = live.stream().filter(p -> p.sentAt() != null && p.state() == ProposalState.PROPOSED).count();
        long accepted = live.stream().filter(p -> p.state() == ProposalState.ACCEPTED).count();
        return new CohortCounts(roster.residents(), roster.formsSaved(), roster.mentors(), roster.mentorCapacity(),
                open, accepted, declined);
    }
}
