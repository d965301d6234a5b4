package io.mentormatch.web.dashboard;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentRepository;

/**
 * Reads the dashboard's counts for cohorts the caller has already obtained through the secured
 * {@code CohortService}; it decides nothing.
 */
@Component
public class CohortFigures {

    private final ResidentRepository residents;
    private final MentorRepository mentors;

    CohortFigures(ResidentRepository residents, MentorRepository mentors) {
        this.residents = residents;
        this.mentors = mentors;
    }

    @Transactional(readOnly = true)
    public CohortCounts of(long cohortId) {
        var cohortMentors = mentors.findByCohortIdOrderByCode(cohortId);
        long capacity = cohortMentors.stream().filter(MentorEntity::isAccepting).mapToLong(MentorEntity::getCapacity).sum();
        return new CohortCounts(residents.countByCohortId(cohortId),
                residents.countByCohortIdAndFormSavedAtIsNotNull(cohortId),
                cohortMentors.size(), capacity, 0, 0, 0);
    }
}
