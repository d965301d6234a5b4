package io.mentormatch.api.health;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cadence.CadenceService;
import io.mentormatch.api.cadence.PairingStatus;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.goal.GoalService;
import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.publication.NotPublished;
import io.mentormatch.api.text.CsvCells;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.api.text.CsvValues;

/**
 * The program health dashboard: one read of the pairings, one aggregate of the meetings per pairing and one of
 * the goals per competency, however many meetings the cohort logged. An archived cohort keeps its report. Pairings
 * ended by a change of mentor keep their meetings in the figures.
 */
@Service
public class HealthService {

    private final PairingDirectory directory;
    private final CadenceService cadences;
    private final GoalService goals;
    private final CohortService cohorts;
    private final ObjectProvider<SurveySummaries> surveys;
    private final Clock clock;

    HealthService(PairingDirectory directory, CadenceService cadences, GoalService goals, CohortService cohorts,
                  ObjectProvider<SurveySummaries> surveys, Clock clock) {
        this.surveys = surveys;
        this.directory = directory;
        this.cadences = cadences;
        this.goals = goals;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ProgramHealth health(long cohortId) {
        CohortEntity cohort = cohorts.find(cohortId);
        if (cohort.getState() != CohortState.PUBLISHED && cohort.getState() != CohortState.ARCHIVED) {
            throw new NotPublished(cohortId);
        }
        List<CadenceService.Assessed> assessed = List.copyOf(cadences.assess(cohortId, directory.ofCohort(cohortId), true).values());
        Collection<CadenceService.Assessed> ended = cadences.assess(cohortId, directory.endedOfCohort(cohortId), false)
                .values();
        Set<Map.Entry<String, Layer>> metSomeone = new HashSet<>();
        long meetings = 0;
        for (CadenceService.Assessed a : concat(assessed, ended)) {
            meetings += a.tally().meetings();
            if (a.tally().meetings() > 0) {
                metSomeone.add(slot(a.pairing()));
            }
        }
        int met = 0;
        Map<PairingStatus, Integer> byStatus = new EnumMap<>(PairingStatus.class);
        List<ProgramHealth.Flagged> atRisk = new ArrayList<>();
        List<ProgramHealth.Flagged> overdue = new ArrayList<>();
        for (CadenceService.Assessed a : assessed) {
            met += metSomeone.contains(slot(a.pairing())) ? 1 : 0;
            byStatus.merge(a.health().status(), 1, Integer::sum);
            if (a.health().status() == PairingStatus.AT_RISK) {
                atRisk.add(flagged(a));
            } else if (a.health().status() == PairingStatus.OVERDUE) {
                overdue.add(flagged(a));
            }
        }
        int pairs = assessed.size();
        Map<String, Long> goalCounts = new LinkedHashMap<>();
        goals.countsByCompetency(cohortId).forEach((c, n) -> goalCounts.put(c.label(), n));
        return new ProgramHealth(cohortId, cohort.getName(), LocalDate.now(clock), cadences.cadence(cohortId), pairs,
                met, pairs == 0 ? 0 : Math.round(1000.0 * met / pairs) / 10.0, meetings,
                pairs == 0 ? 0 : Math.round(100.0 * meetings / pairs) / 100.0, byStatus, atRisk, overdue, goalCounts,
                surveys.stream().findFirst().map(s -> s.summary(cohortId)).orElse(Map.of()));
    }

    /**
     * A resident's place in the year: one per layer. A resident who met their mentor before a change of mentor has
     * met at least once, and their meetings count, although that pairing ended.
     */
    private static Map.Entry<String, Layer> slot(Pairing pairing) {
        return Map.entry(pairing.resident().code(), pairing.layer());
    }

    private static List<CadenceService.Assessed> concat(Collection<CadenceService.Assessed> live,
                                                        Collection<CadenceService.Assessed> ended) {
        List<CadenceService.Assessed> all = new ArrayList<>(live);
        all.addAll(ended);
        return all;
    }

    /** One row per pairing needing attention, then the totals: cells made safe for a spreadsheet. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public String csv(long cohortId) {
        ProgramHealth health = health(cohortId);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("pairing", "resident", "resident_name", "mentor",
                "mentor_name", "status", "meetings", "last_met", "next_meeting_due", "reason").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            print(printer, "At risk", health.atRisk());
            print(printer, "Overdue", health.overdue());
            printer.printRecord("Total", "", "", "", "", "pairs " + health.pairs() + ", met " + health.pairsMet(),
                    health.meetings(), "", "", "meetings per pair " + health.meetingsPerPair());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter printer, String status, List<ProgramHealth.Flagged> rows) throws IOException {
        for (ProgramHealth.Flagged f : rows) {
            printer.printRecord(f.pairingId(), CsvCells.safe(f.resident()), CsvCells.safe(f.residentName()),
                    CsvCells.safe(f.mentor()), CsvCells.safe(f.mentorName()), status, f.meetings(),
                    CsvValues.date(f.lastMet()), CsvValues.date(f.nextMeetingDue()), CsvCells.safe(f.reason()));
        }
    }

    private static ProgramHealth.Flagged flagged(CadenceService.Assessed a) {
        Pairing p = a.pairing();
        return new ProgramHealth.Flagged(p.pairingId(), p.resident().code(), p.resident().name(), p.mentor().code(),
                p.mentor().name(), a.tally().meetings(), a.tally().lastMet(), a.health().nextMeetingDue(),
                a.health().reason());
    }
}
