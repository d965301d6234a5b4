package io.mentormatch.api.cohort;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.mentormatch.api.audit.AuditedCohorts;
import io.mentormatch.api.access.CohortPrograms;

/** Answers what the lower packages ask of cohorts: access checks (which program) and the audit trail (does it exist). */
@Component
class CohortLookup implements CohortPrograms, AuditedCohorts {

    private final CohortRepository cohorts;

    CohortLookup(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public Optional<Long> programOf(long cohortId) {
        return cohorts.findById(cohortId).map(CohortEntity::getProgramId);
    }

    @Override
    public void requireExists(long cohortId) {
        if (!cohorts.existsById(cohortId)) {
            throw new CohortNotFound(cohortId);
        }
    }
}
