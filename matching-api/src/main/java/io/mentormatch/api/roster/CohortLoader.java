package io.mentormatch.api.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortNotFound;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortDocument;
import io.mentormatch.core.cohort.CohortDocument.BanEntry;
import io.mentormatch.core.cohort.CohortDocument.MentorEntry;
import io.mentormatch.core.cohort.CohortDocument.PairEntry;
import io.mentormatch.core.cohort.CohortDocument.ResidentEntry;
import io.mentormatch.core.cohort.CohortValidator;
import io.mentormatch.core.cohort.Weights;

/**
 * The one converter from the stored roster to the core {@link Cohort} that the solver, the pair scorer and the
 * explanations read. It goes through {@link CohortDocument} and {@link CohortValidator}, so a cohort loaded from
 * the database obeys exactly the rules of a cohort read from a file.
 */
@Component
public class CohortLoader {

    private final CohortRepository cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final PairRuleRepository rules;

    CohortLoader(CohortRepository cohorts, MentorRepository mentors, ResidentRepository residents,
                 PairRuleRepository rules) {
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
        this.rules = rules;
    }

    /** A pair by database ids, e.g. an accepted proposal that later runs must keep. */
    public record PairIds(long residentId, long mentorId) {
    }

    /**
     * The cohort as a core model and the way back from its codes to database ids.
     *
     * @param extraPins pairs to keep in addition to the stored pins, e.g. accepted proposals
     * @throws io.mentormatch.core.cohort.InvalidCohortException when the stored roster breaks a rule of the format
     */
    @Transactional(readOnly = true)
    public Loaded load(long cohortId, Collection<PairIds> extraPins) {
        CohortEntity cohort = cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFound(cohortId));
        List<MentorEntity> mentorRows = mentors.findByCohortIdOrderByCode(cohortId);
        List<ResidentEntity> residentRows = residents.findByCohortIdOrderByCode(cohortId);
        Map<Long, String> mentorCodes = new HashMap<>();
        Map<Long, String> residentCodes = new HashMap<>();
        mentorRows.forEach(m -> mentorCodes.put(m.getId(), m.getCode()));
        residentRows.forEach(r -> residentCodes.put(r.getId(), r.getCode()));

        List<BanEntry> conflicts = new ArrayList<>();
        List<BanEntry> declined = new ArrayList<>();
        Set<PairEntry> pinned = new LinkedHashSet<>();
        List<PairEntry> previous = new ArrayList<>();
        for (PairRule rule : rules.findByCohortId(cohortId)) {
            String resident = residentCodes.get(rule.getResidentId());
            String mentor = mentorCodes.get(rule.getMentorId());
            switch (rule.getKind()) {
                case CONFLICT -> conflicts.add(new BanEntry(resident, mentor, rule.getReason()));
                case DECLINED -> declined.add(new BanEntry(resident, mentor, rule.getReason()));
                case PINNED -> pinned.add(new PairEntry(resident, mentor));
                case PREVIOUS -> previous.add(new PairEntry(resident, mentor));
            }
        }
        extraPins.forEach(pin -> pinned.add(new PairEntry(residentCodes.get(pin.residentId()), mentorCodes.get(pin.mentorId()))));

        Weights w = cohort.getWeights();
        CohortDocument document = new CohortDocument(CohortDocument.FORMAT_VERSION,
                new CohortDocument.CohortSection(cohort.getCode(), cohort.getName(), cohort.isRequireSameSpecialty(),
                        cohort.isPreferContinuity()),
                new CohortDocument.WeightsSection(w.specialty(), w.interests(), w.availability(), w.residentRank(),
                        w.mentorPreference(), w.loadBalance(), w.repeatPair()),
                mentorRows.stream().map(CohortLoader::entry).toList(),
                residentRows.stream().map(CohortLoader::entry).toList(),
                conflicts, declined, List.copyOf(pinned), previous);
        Map<String, Long> mentorIds = new HashMap<>();
        Map<String, Long> residentIds = new HashMap<>();
        mentorCodes.forEach((id, code) -> mentorIds.put(code, id));
        residentCodes.forEach((id, code) -> residentIds.put(code, id));
        return new Loaded(CohortValidator.validate(document), residentIds, mentorIds);
    }

    /** The core cohort with the database ids of its residents and mentors by code. */
    public record Loaded(Cohort cohort, Map<String, Long> residentIds, Map<String, Long> mentorIds) {

        public String residentCode(long residentId) {
            return codeOf(residentIds, residentId);
        }

        public String mentorCode(long mentorId) {
            return codeOf(mentorIds, mentorId);
        }

        private static String codeOf(Map<String, Long> ids, long id) {
            return ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not in this cohort: " + id));
        }
    }

    private static MentorEntry entry(MentorEntity m) {
        return new MentorEntry(m.getCode(), m.getName(), m.getKind().name(), m.getSpecialty(), m.getInterests(),
                m.getAvailability(), m.getCapacity(), m.isAccepting(), m.getPreferredResidents());
    }

    private static ResidentEntry entry(ResidentEntity r) {
        return new ResidentEntry(r.getCode(), r.getName(), r.getSpecialty(), r.getCareerGoal(), r.getInterests(),
                r.getAvailability(), r.getRanking(), r.getAvoid(), r.isOpenToOtherSpecialties());
    }
}
