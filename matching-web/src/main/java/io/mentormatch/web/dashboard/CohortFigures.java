package io.mentormatch.web.dashboard;

import org.springframework.stereotype.Component;

import io.mentormatch.api.proposal.ProposalCounts;
import io.mentormatch.api.proposal.ProposalReview;
import io.mentormatch.api.roster.RosterOverview;
import io.mentormatch.api.roster.RosterService;

/** Gathers the dashboard's counts of one cohort from the roster and proposal services; it decides nothing. */
@Component
public class CohortFigures {

    private final RosterService rosters;
    private final ProposalReview proposals;

    CohortFigures(RosterService rosters, ProposalReview proposals) {
        this.rosters = rosters;
        this.proposals = proposals;
    }

    public CohortCounts of(long cohortId) {
        RosterOverview roster = rosters.overview(cohortId);
        ProposalCounts counts = proposals.counts(cohortId);
        return new CohortCounts(roster.residents(), roster.formsSaved(), roster.mentors(), roster.mentorCapacity(),
                counts.open(), counts.accepted(), counts.declined());
    }
}
