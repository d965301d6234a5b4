package io.mentormatch.api.nextyear;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.PairRuleRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.api.roster.RosterMemberEntity;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.core.cohort.MentorKind;

/**
 * Next year from this one: a published cohort gives the program's next academic year its start. The settings,
 * the mentors (each to confirm their profile and capacity), the residents who continue (with last year's ranking
 * cleared), conflicts of interest, each continuing resident as a possible senior-resident peer mentor (not accepting
 * until the director turns them on), and last year's published pairs as {@code previousPairs}, which the cohort's continuity setting
 * avoids or keeps.
 */
@Service
public class NextYearCohorts {

    /** Peer-mentor rows are named after the resident they are: {@code P-R001}. */
    static final String PEER_PREFIX = "P-";

    private final CohortService cohortService;
    private final CohortRepository cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final PairRuleRepository rules;
    private final PublicationService publications;
    private final AuditLog audit;
    private final Clock clock;

    NextYearCohorts(CohortService cohortService, CohortRepository cohorts, MentorRepository mentors,
                    ResidentRepository residents, PairRuleRepository rules, PublicationService publications,
                    AuditLog audit, Clock clock) {
        this.cohortService = cohortService;
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
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
        Map<String, MentorEntity> mentorsByCode = carryMentors(source.getId(), next.getId());
        Map<String, ResidentEntity> residentsByCode = carryResidents(source.getId(), next.getId());
        addPeerMentors(next.getId(), residentsByCode, mentorsByCode.keySet(), now);
        carryConflicts(source.getId(), next.getId(), residentsByCode, mentorsByCode, now);
        int previousPairs = 0;
        for (PublishedPairing pairing : publications.pairings(cohortId)) {
            ResidentEntity resident = residentsByCode.get(pairing.resident());
            MentorEntity mentor = mentorsByCode.get(pairing.mentor());
            rules.save(new PairRuleEntity(next.getId(), PairRuleKind.PREVIOUS, resident.getId(), mentor.getId(),
                    null, now));
            previousPairs++;
        }
        CohortView created = cohortService.get(next.getId());
        audit.record("cohort.next-year-created", "cohort", next.getId(), next.getId(), null,
                Map.of("from", cohortId, "mentors", mentorsByCode.size(), "residents", residentsByCode.size(),
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
                mentors.findByCohortIdOrderByCode(cohortId).size(), residents.findByCohortIdOrderByCode(cohortId).size(),
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

    private Map<String, MentorEntity> carryMentors(long sourceId, long nextId) {
        Map<String, MentorEntity> carried = new HashMap<>();
        for (MentorEntity old : mentors.findByCohortIdOrderByCode(sourceId)) {
            MentorEntity mentor = new MentorEntity(nextId, old.getCode());
            copyProfile(old.getName(), old.getEmail(), old.getUserId(), old.getSpecialty(), old.getInterests(),
                    old.getAvailability(), mentor);
            mentor.setKind(old.getKind());
            mentor.setCapacity(old.getCapacity());
            mentor.setAccepting(old.isAccepting());
            mentor.setCarriedOver(true);
            carried.put(old.getCode(), mentors.save(mentor));
        }
        return carried;
    }

    private Map<String, ResidentEntity> carryResidents(long sourceId, long nextId) {
        Map<String, ResidentEntity> carried = new HashMap<>();
        for (ResidentEntity old : residents.findByCohortIdOrderByCode(sourceId)) {
            ResidentEntity resident = new ResidentEntity(nextId, old.getCode());
            copyProfile(old.getName(), old.getEmail(), old.getUserId(), old.getSpecialty(), old.getInterests(),
                    old.getAvailability(), resident);
            resident.setCareerGoal(old.getCareerGoal());
            resident.setAvoid(old.getAvoid());
            resident.setRanking(List.of());
            resident.setOpenToOtherSpecialties(old.isOpenToOtherSpecialties());
            carried.put(old.getCode(), residents.save(resident));
        }
        return carried;
    }

    /** A conflict of interest (a supervisor, an evaluator) outlasts the year; a decline does not. */
    private void carryConflicts(long sourceId, long nextId, Map<String, ResidentEntity> residentsByCode,
                                Map<String, MentorEntity> mentorsByCode, Instant now) {
        Map<Long, String> residentCodes = codes(residents.findByCohortIdOrderByCode(sourceId));
        Map<Long, String> mentorCodes = codes(mentors.findByCohortIdOrderByCode(sourceId));
        for (PairRuleEntity conflict : rules.findByCohortIdAndKind(sourceId, PairRuleKind.CONFLICT)) {
            rules.save(new PairRuleEntity(nextId, PairRuleKind.CONFLICT,
                    residentsByCode.get(residentCodes.get(conflict.getResidentId())).getId(),
                    mentorsByCode.get(mentorCodes.get(conflict.getMentorId())).getId(), conflict.getReason(), now));
        }
    }

    private static Map<Long, String> codes(List<? extends RosterMemberEntity> members) {
        Map<Long, String> codes = new HashMap<>();
        members.forEach(member -> codes.put(member.getId(), member.getCode()));
        return codes;
    }

    /**
     * Residents moving on to PGY-2+ may mentor the new year's residents: each gets a senior-resident row, not
     * accepting until the director turns it on, and a conflict with themselves so nobody mentors themselves.
     */
    private void addPeerMentors(long nextId, Map<String, ResidentEntity> residentsByCode, Set<String> mentorCodes,
                                Instant now) {
        List<PairRuleEntity> themselves = new ArrayList<>();
        for (ResidentEntity resident : residentsByCode.values()) {
            String code = PEER_PREFIX + resident.getCode();
            if (code.length() > TextLimits.CODE || mentorCodes.contains(code)) {
                continue;
            }
            MentorEntity peer = new MentorEntity(nextId, code);
            copyProfile(resident.getName(), null, null, resident.getSpecialty(), resident.getInterests(),
                    resident.getAvailability(), peer);
            peer.setKind(MentorKind.SENIOR_RESIDENT);
            peer.setCapacity(1);
            peer.setAccepting(false);
            peer = mentors.save(peer);
            themselves.add(new PairRuleEntity(nextId, PairRuleKind.CONFLICT, resident.getId(), peer.getId(),
                    "same person", now));
        }
        // after the peers: a mentor's identity insert between two rules would cut their JDBC batch short
        rules.saveAll(themselves);
    }

    private static void copyProfile(String name, String email, Long userId, String specialty, List<String> interests,
                                    List<String> availability, RosterMemberEntity to) {
        to.setName(name);
        to.setEmail(email);
        to.setUserId(userId);
        to.setSpecialty(specialty);
        to.setInterests(interests);
        to.setAvailability(availability);
    }
}
