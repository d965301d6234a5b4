package io.mentormatch.api.nextyear;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.publication.NotPublished;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishedPairing;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.api.roster.PairRules;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.api.roster.RosterCarryOver;

/**
 * Next year from this one: a published cohort gives the program's next academic year its start. The settings,
 * the mentors (each to confirm their profile and capacity), the residents who continue (with last year's ranking
 * cleared), conflicts of interest, each continuing resident as a possible senior-resident peer mentor (not accepting
 * until the director turns them on), and last year's published pairs as {@code previousPairs}, which the cohort's continuity setting
 * avoids or keeps.
 */
@Service
public class NextYearCohorts {

    private final CohortService cohortService;
    private final CohortRepository cohorts;
    private final Roster roster;
    private final RosterCarryOver carryOver;
    private final PairRules rules;
    private final PublicationService publications;
    private final AuditLog audit;
    private final Clock clock;

    NextYearCohorts(CohortService cohortService, CohortRepository cohorts, Roster roster, RosterCarryOver carryOver,
                    PairRules rules, PublicationService publications, AuditLog audit, Clock clock) {
        this.cohortService = cohortService;
        this.cohorts = cohorts;
        this.roster = roster;
        this.carryOver = carryOver;
        this.rules = rules;
        this.publications = publications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public CohortView create(long cohortId) {
        CohortEntity source = cohortService.find(cohortId);
        if (!startsFrom(source.getState())) {
            throw new NotPublished(cohortId);
        }
        CohortEntity next = cohorts.saveAndFlush(nextCohort(source));
        Instant now = clock.instant();
        RosterCarryOver.Carried carried = carryOver.carry(source.getId(), next.getId(), now);
        int previousPairs = 0;
        for (PublishedPairing pairing : publications.pairings(cohortId)) {
            rules.add(next.getId(), PairRuleKind.PREVIOUS, carried.residentIds().get(pairing.resident()),
                    carried.mentorIds().get(pairing.mentor()), null, now);
            previousPairs++;
        }
        CohortView created = cohortService.get(next.getId());
        audit.record("cohort.next-year-created", "cohort", next.getId(), next.getId(), null,
                Map.of("from", cohortId, "mentors", carried.mentorIds().size(), "residents", carried.residentIds().size(),
                        "previousPairs", previousPairs));
        return created;
    }

    /** What {@link #create} would make, for the director's confirmation; changes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public NextYearPreview preview(long cohortId) {
        CohortEntity source = cohortService.find(cohortId);
        if (!startsFrom(source.getState())) {
            throw new NotPublished(cohortId);
        }
        String year = AcademicYears.next(source.getAcademicYear());
        String code = AcademicYears.carry(source.getCode(), source.getAcademicYear(), year, "-", TextLimits.CODE);
        if (cohorts.existsByProgramIdAndCode(source.getProgramId(), code)) {
            throw new NextYearExists(code);
        }
        return new NextYearPreview(cohortId, source.getName(),
                AcademicYears.carry(source.getName(), source.getAcademicYear(), year, " ", TextLimits.NAME), year,
                roster.mentorsOf(cohortId).size(), roster.residentsOf(cohortId).size(),
                publications.pairings(cohortId).size());
    }

    /** Next year starts from a cohort whose pairings are published. */
    public static boolean startsFrom(CohortState state) {
        return state == CohortState.PUBLISHED || state == CohortState.ARCHIVED;
    }

    private CohortEntity nextCohort(CohortEntity source) {
        String year = AcademicYears.next(source.getAcademicYear());
        String code = AcademicYears.carry(source.getCode(), source.getAcademicYear(), year, "-", TextLimits.CODE);
        if (cohorts.existsByProgramIdAndCode(source.getProgramId(), code)) {
            throw new NextYearExists(code);
        }
        CohortEntity next = new CohortEntity(source.getProgramId(), code, clock.instant());
        next.setName(AcademicYears.carry(source.getName(), source.getAcademicYear(), year, " ", TextLimits.NAME));
        next.setAcademicYear(year);
        next.setResponseWindowDays(source.getResponseWindowDays());
        next.setMaxRankedMentors(source.getMaxRankedMentors());
        next.setRequireSameSpecialty(source.isRequireSameSpecialty());
        next.setPreferContinuity(source.isPreferContinuity());
        next.setFamilySize(source.getFamilySize());
        next.setWeights(source.getWeights());
        next.setPeerMentoring(source.isPeerMentoring());
        next.setPeerWeights(source.getPeerWeights());
        next.setPreviousCohortId(source.getId());
        return next;
    }
}
