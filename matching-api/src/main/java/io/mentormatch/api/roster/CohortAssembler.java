package io.mentormatch.api.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortNotFound;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortDocument;
import io.mentormatch.core.cohort.CohortDocument.BanEntry;
import io.mentormatch.core.cohort.CohortDocument.CohortSection;
import io.mentormatch.core.cohort.CohortDocument.MentorEntry;
import io.mentormatch.core.cohort.CohortDocument.PairEntry;
import io.mentormatch.core.cohort.CohortDocument.PeerMentoringSection;
import io.mentormatch.core.cohort.CohortDocument.ResidentEntry;
import io.mentormatch.core.cohort.CohortValidator;
import io.mentormatch.core.cohort.InvalidCohortException;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.solver.PeerLayer;

/**
 * The single place that converts between the stored roster and the core {@link Cohort}: to the core cohort the
 * solver, the recommendations and the file export read (through {@link CohortValidator}, the same gate as a file
 * import, so the solver only ever sees a valid cohort), and from a core cohort when a cohort file is imported.
 */
@Component
public class CohortAssembler {

    private final CohortRepository cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final PairRuleRepository pairRules;

    private final Clock clock;

    CohortAssembler(CohortRepository cohorts, MentorRepository mentors, ResidentRepository residents,
                    PairRuleRepository pairRules, Clock clock) {
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
        this.pairRules = pairRules;
        this.clock = clock;
    }

    /** @throws RosterInconsistent when the stored roster does not make a valid cohort, naming every problem */
    @Transactional(readOnly = true)
    public Cohort toCore(long cohortId) {
        try {
            return CohortValidator.validate(toDocument(cohortId));
        } catch (InvalidCohortException e) {
            throw new RosterInconsistent(e.problems());
        }
    }

    /**
     * One stored mentor as the core sees them, checked as in {@link #toCore(long)}: to update a cached view in
     * place after their profile changed, without reading the whole roster. The row comes from the caller's
     * transaction, which has just saved it.
     *
     * @throws RosterInconsistent when the stored mentor is not a valid core mentor
     */
    public Mentor toCoreMentor(long mentorId) {
        try {
            return CohortValidator.validateMentor(entry(mentors.findById(mentorId).orElseThrow()));
        } catch (InvalidCohortException e) {
            throw new RosterInconsistent(e.problems());
        }
    }

    /**
     * As {@link #toCore(long)}, with more pairs pinned than the roster's own, e.g. the pairings a matching run or a
     * re-match must keep. When they do not fit, the caller's transaction stays usable, so it can fall back.
     */
    @Transactional(readOnly = true, noRollbackFor = RosterInconsistent.class)
    public Cohort toCore(long cohortId, Collection<Pair> extraPins) {
        CohortDocument d = toDocument(cohortId);
        Set<PairEntry> pinned = new LinkedHashSet<>(d.pinned());
        extraPins.forEach(pin -> pinned.add(new PairEntry(pin.resident().value(), pin.mentor().value())));
        try {
            return CohortValidator.validate(new CohortDocument(d.formatVersion(), d.cohort(), d.weights(), d.mentors(),
                    d.residents(), d.conflicts(), d.declined(), List.copyOf(pinned), d.previousPairs(),
                    d.peerMentoring()));
        } catch (InvalidCohortException e) {
            throw new RosterInconsistent(e.problems());
        }
    }

    /** One mentoring layer of the cohort as the solver sees it ({@link PeerLayer}); the whole cohort without peer mentoring. */
    @Transactional(readOnly = true)
    public Cohort toCore(long cohortId, Layer layer) {
        return PeerLayer.layer(toCore(cohortId), layer);
    }

    @Transactional(readOnly = true)
    public CohortDocument toDocument(long cohortId) {
        CohortEntity cohort = cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFound(cohortId));
        List<MentorEntity> mentorRows = mentors.findByCohortIdOrderByCode(cohortId);
        List<ResidentEntity> residentRows = residents.findByCohortIdOrderByCode(cohortId);
        Map<Long, String> mentorCodes = new HashMap<>();
        mentorRows.forEach(m -> mentorCodes.put(m.getId(), m.getCode()));
        Map<Long, String> residentCodes = new HashMap<>();
        residentRows.forEach(r -> residentCodes.put(r.getId(), r.getCode()));
        Map<PairRuleKind, List<PairRuleEntity>> rules = new HashMap<>();
        pairRules.findByCohortId(cohortId).forEach(rule ->
                rules.computeIfAbsent(rule.getKind(), kind -> new ArrayList<>()).add(rule));
        Weights w = cohort.getWeights();
        return new CohortDocument(CohortDocument.FORMAT_VERSION,
                new CohortSection(cohort.getCode(), cohort.getName(), cohort.isRequireSameSpecialty(), cohort.isPreferContinuity(),
                        cohort.getFamilySize()),
                CohortDocument.section(w),
                mentorRows.stream().map(CohortAssembler::entry).toList(),
                residentRows.stream().map(CohortAssembler::entry).toList(),
                bans(rules.get(PairRuleKind.CONFLICT), residentCodes, mentorCodes),
                bans(rules.get(PairRuleKind.DECLINED), residentCodes, mentorCodes),
                pairs(rules.get(PairRuleKind.PINNED), residentCodes, mentorCodes),
                pairs(rules.get(PairRuleKind.PREVIOUS), residentCodes, mentorCodes),
                cohort.isPeerMentoring()
                        ? new PeerMentoringSection(CohortDocument.section(cohort.getPeerWeights())) : null);
    }

    /**
     * The other direction: makes the stored roster of a cohort exactly the given cohort (its weights and rules,
     * mentors, residents and pair lists). Mentors and residents whose id stays keep their row and account.
     */
    @Transactional
    public void replaceRoster(CohortEntity cohort, Cohort file) {
        long cohortId = cohort.getId();
        pairRules.deleteByCohortId(cohortId);
        pairRules.flush();
        cohort.setWeights(file.weights());
        cohort.setRequireSameSpecialty(file.info().requireSameSpecialty());
        cohort.setPreferContinuity(file.info().preferContinuity());
        cohort.setFamilySize(file.info().familySize());
        cohort.setPeerMentoring(file.peerMentoring() != null);
        if (file.peerMentoring() != null) {
            cohort.setPeerWeights(file.peerMentoring().weights());
        }
        Map<MentorId, Long> mentorIds = replaceMentors(cohortId, file.mentors(),
                byCode(mentors.findByCohortIdOrderByCode(cohortId), MentorEntity::getCode));
        Map<ResidentId, Long> residentIds = replaceResidents(cohortId, file.residents(),
                byCode(residents.findByCohortIdOrderByCode(cohortId), ResidentEntity::getCode));
        addBans(cohortId, PairRuleKind.CONFLICT, file.conflicts(), residentIds, mentorIds);
        addBans(cohortId, PairRuleKind.DECLINED, file.declined(), residentIds, mentorIds);
        addPairs(cohortId, PairRuleKind.PINNED, file.pinned(), residentIds, mentorIds);
        addPairs(cohortId, PairRuleKind.PREVIOUS, file.previousPairs(), residentIds, mentorIds);
        pairRules.flush();
    }

    private Map<MentorId, Long> replaceMentors(long cohortId, List<Mentor> fileMentors, Map<String, MentorEntity> known) {
        Set<String> kept = fileMentors.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        known.values().stream().filter(m -> !kept.contains(m.getCode())).forEach(mentors::delete);
        Map<MentorId, Long> ids = new HashMap<>();
        for (Mentor m : fileMentors) {
            MentorEntity mentor = known.getOrDefault(m.id().value(), new MentorEntity(cohortId, m.id().value()));
            mentor.setName(m.name());
            mentor.setKind(m.kind());
            mentor.setSpecialty(m.specialty());
            mentor.setInterests(m.interests());
            mentor.setAvailability(m.availability().slots());
            mentor.setCapacity(m.capacity());
            mentor.setAccepting(m.accepting());
            mentor.setPreferredResidents(m.preferredResidents().stream().map(ResidentId::value).toList());
            ids.put(m.id(), mentors.save(mentor).getId());
        }
        mentors.flush();
        return ids;
    }
    private Map<ResidentId, Long> replaceResidents(long cohortId, List<Resident> fileResidents,
                                                   Map<String, ResidentEntity> known) {
        Set<String> kept = new HashSet<>();
        fileResidents.forEach(r -> kept.add(r.id().value()));
        known.values().stream().filter(r -> !kept.contains(r.getCode())).forEach(residents::delete);
        Map<ResidentId, Long> ids = new HashMap<>();
        for (Resident r : fileResidents) {
            ResidentEntity resident = known.getOrDefault(r.id().value(), new ResidentEntity(cohortId, r.id().value()));
            resident.setName(r.name());
            resident.setSpecialty(r.specialty());
            resident.setCareerGoal(r.careerGoal());
            resident.setInterests(r.interests());
            resident.setAvailability(r.availability().slots());
            resident.setRanking(r.ranking().stream().map(MentorId::value).toList());
            resident.setAvoid(r.avoid().stream().map(MentorId::value).sorted().toList());
            resident.setOpenToOtherSpecialties(r.openToOtherSpecialties());
            ids.put(r.id(), residents.save(resident).getId());
        }
        residents.flush();
        return ids;
    }
    private void addBans(long cohortId, PairRuleKind kind, List<PairBan> bans, Map<ResidentId, Long> residentIds,
                         Map<MentorId, Long> mentorIds) {
        bans.forEach(ban -> pairRules.save(new PairRuleEntity(cohortId, kind, residentIds.get(ban.resident()),
                mentorIds.get(ban.mentor()), ban.reason(), clock.instant())));
    }
    private void addPairs(long cohortId, PairRuleKind kind, List<Pair> pairs, Map<ResidentId, Long> residentIds,
                          Map<MentorId, Long> mentorIds) {
        pairs.forEach(pair -> pairRules.save(new PairRuleEntity(cohortId, kind, residentIds.get(pair.resident()),
                mentorIds.get(pair.mentor()), null, clock.instant())));
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        Map<String, T> byCode = new HashMap<>();
        rows.forEach(row -> byCode.put(code.apply(row), row));
        return byCode;
    }

    private static MentorEntry entry(MentorEntity m) {
        return new MentorEntry(m.getCode(), m.getName(), m.getKind().name(), m.getSpecialty(), m.getInterests(),
                m.getAvailability(), m.getCapacity(), m.isAccepting(), m.getPreferredResidents());
    }

    private static ResidentEntry entry(ResidentEntity r) {
        return new ResidentEntry(r.getCode(), r.getName(), r.getSpecialty(), r.getCareerGoal(), r.getInterests(),
                r.getAvailability(), r.getRanking(), r.getAvoid(), r.isOpenToOtherSpecialties());
    }

    private static List<BanEntry> bans(List<PairRuleEntity> rules, Map<Long, String> residents, Map<Long, String> mentors) {
        return rules == null ? List.of() : rules.stream()
                .map(rule -> new BanEntry(residents.get(rule.getResidentId()), mentors.get(rule.getMentorId()), rule.getReason()))
                .toList();
    }

    private static List<PairEntry> pairs(List<PairRuleEntity> rules, Map<Long, String> residents, Map<Long, String> mentors) {
        return rules == null ? List.of() : rules.stream()
                .map(rule -> new PairEntry(residents.get(rule.getResidentId()), mentors.get(rule.getMentorId())))
                .toList();
    }
}
