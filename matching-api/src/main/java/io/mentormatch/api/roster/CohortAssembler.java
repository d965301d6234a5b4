package io.mentormatch.api.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortNotFound;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortDocument;
import io.mentormatch.core.cohort.CohortDocument.BanEntry;
import io.mentormatch.core.cohort.CohortDocument.CohortSection;
import io.mentormatch.core.cohort.CohortDocument.MentorEntry;
import io.mentormatch.core.cohort.CohortDocument.PairEntry;
import io.mentormatch.core.cohort.CohortDocument.ResidentEntry;
import io.mentormatch.core.cohort.CohortDocument.WeightsSection;
import io.mentormatch.core.cohort.CohortValidator;
import io.mentormatch.core.cohort.InvalidCohortException;
import io.mentormatch.core.cohort.Weights;

/**
 * The single place that turns a stored cohort into the core {@link Cohort} the solver, the recommendations and
 * the file export read. It goes through {@link CohortValidator}, the same gate as a file import, so the solver
 * only ever sees a valid cohort.
 */
@Component
public class CohortAssembler {

    private final CohortRepository cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final PairRuleRepository pairRules;

    CohortAssembler(CohortRepository cohorts, MentorRepository mentors, ResidentRepository residents,
                    PairRuleRepository pairRules) {
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
        this.pairRules = pairRules;
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

    @Transactional(readOnly = true)
    public CohortDocument toDocument(long cohortId) {
        CohortEntity cohort = cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFound(cohortId));
        List<MentorEntity> mentorRows = mentors.findByCohortIdOrderByCode(cohortId);
        List<ResidentEntity> residentRows = residents.findByCohortIdOrderByCode(cohortId);
        Map<Long, String> mentorCodes = new HashMap<>();
        mentorRows.forEach(m -> mentorCodes.put(m.getId(), m.getCode()));
        Map<Long, String> residentCodes = new HashMap<>();
        residentRows.forEach(r -> residentCodes.put(r.getId(), r.getCode()));
        Map<PairRuleKind, List<PairRule>> rules = new HashMap<>();
        pairRules.findByCohortId(cohortId).forEach(rule ->
                rules.computeIfAbsent(rule.getKind(), kind -> new ArrayList<>()).add(rule));
        Weights w = cohort.getWeights();
        return new CohortDocument(CohortDocument.FORMAT_VERSION,
                new CohortSection(cohort.getCode(), cohort.getName(), cohort.isRequireSameSpecialty(), cohort.isPreferContinuity()),
                new WeightsSection(w.specialty(), w.interests(), w.availability(), w.residentRank(),
                        w.mentorPreference(), w.loadBalance(), w.repeatPair()),
                mentorRows.stream().map(CohortAssembler::entry).toList(),
                residentRows.stream().map(CohortAssembler::entry).toList(),
                bans(rules.get(PairRuleKind.CONFLICT), residentCodes, mentorCodes),
                bans(rules.get(PairRuleKind.DECLINED), residentCodes, mentorCodes),
                pairs(rules.get(PairRuleKind.PINNED), residentCodes, mentorCodes),
                pairs(rules.get(PairRuleKind.PREVIOUS), residentCodes, mentorCodes));
    }

    private static MentorEntry entry(MentorEntity m) {
        return new MentorEntry(m.getCode(), m.getName(), m.getKind().name(), m.getSpecialty(), m.getInterests(),
                m.getAvailability(), m.getCapacity(), m.isAccepting(), m.getPreferredResidents());
    }

    private static ResidentEntry entry(ResidentEntity r) {
        return new ResidentEntry(r.getCode(), r.getName(), r.getSpecialty(), r.getCareerGoal(), r.getInterests(),
                r.getAvailability(), r.getRanking(), r.getAvoid(), r.isOpenToOtherSpecialties());
    }

    private static List<BanEntry> bans(List<PairRule> rules, Map<Long, String> residents, Map<Long, String> mentors) {
        return rules == null ? List.of() : rules.stream()
                .map(rule -> new BanEntry(residents.get(rule.getResidentId()), mentors.get(rule.getMentorId()), rule.getReason()))
                .toList();
    }

    private static List<PairEntry> pairs(List<PairRule> rules, Map<Long, String> residents, Map<Long, String> mentors) {
        return rules == null ? List.of() : rules.stream()
                .map(rule -> new PairEntry(residents.get(rule.getResidentId()), mentors.get(rule.getMentorId())))
                .toList();
    }
}
