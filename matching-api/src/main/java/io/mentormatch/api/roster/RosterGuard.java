package io.mentormatch.api.roster;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.TransitionGuard;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.ResidentRepository;

/**
 * A cohort opens for preferences only with residents to fill in forms and mentors for them to rank, and starts
 * matching only with a roster the solver accepts.
 */
@Component
class RosterGuard implements TransitionGuard {

    private final ResidentRepository residents;
    private final MentorRepository mentors;

    private final CohortAssembler assembler;

    RosterGuard(ResidentRepository residents, MentorRepository mentors, CohortAssembler assembler) {
        this.residents = residents;
        this.mentors = mentors;
        this.assembler = assembler;
    }

    @Override
    public Optional<String> objection(CohortEntity cohort, CohortState target) {
        if (target == CohortState.MATCHING) {
            return consistent(cohort);
        }
        if (target != CohortState.OPEN_FOR_PREFERENCES) {
            return Optional.empty();
        }
        if (residents.countByCohortId(cohort.getId()) == 0) {
            return Optional.of("the cohort has no residents yet: import a roster");
        }
        if (mentors.countByCohortId(cohort.getId()) == 0) {
            return Optional.of("the cohort has no mentors yet: import a roster");
        }
        return Optional.empty();
    }

    /** Matching needs a roster the solver accepts: every problem is named so the director can fix them at once. */
    private Optional<String> consistent(CohortEntity cohort) {
        try {
            assembler.toCore(cohort.getId());
            return Optional.empty();
        } catch (RosterInconsistent e) {
            return Optional.of(e.getMessage() + ": " + e.properties().get("errors"));
        }
    }
}
