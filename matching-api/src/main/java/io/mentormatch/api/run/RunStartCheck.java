package io.mentormatch.api.run;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.roster.ResidentSummary;
import io.mentormatch.api.roster.RosterService;

/** The figures the confirmation of "Start matching" states, read in one transaction. */
@Service
public class RunStartCheck {

    private final CohortService cohorts;
    private final RosterService rosters;
    private final Clock clock;

    RunStartCheck(CohortService cohorts, RosterService rosters, Clock clock) {
        this.cohorts = cohorts;
        this.rosters = rosters;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RunStartConsequence consequence(long cohortId) {
        CohortView cohort = cohorts.get(cohortId);
        List<ResidentSummary> residents = rosters.residents(cohortId);
        List<String> missing = residents.stream().filter(r -> r.formSavedAt() == null).map(ResidentSummary::name).toList();
        boolean beforeDeadline = cohort.preferenceDeadline() != null && clock.instant().isBefore(cohort.preferenceDeadline());
        return new RunStartConsequence(cohortId, cohort.name(), cohort.academicYear(), cohort.state().takesPreferences(),
                cohort.preferenceDeadline(), beforeDeadline, residents.size(), residents.size() - missing.size(),
                missing.size() <= RunStartConsequence.NAMED ? missing : List.of());
    }
}
