package io.mentormatch.api.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.meeting.MeetingTallies;
import io.mentormatch.api.meeting.MeetingTally;
import io.mentormatch.api.pairing.Pairing;

/**
 * Each cohort's cadence, and each pairing's status against it: from the meetings counted per pairing by the
 * database and the reasons every {@link AtRiskSignals} bean gives.
 */
@Service
public class CadenceService {

    private final CadenceRepository cadences;
    private final MeetingTallies meetings;
    private final ObjectProvider<AtRiskSignals> signals;
    private final CohortService cohorts;
    private final AuditLog audit;
    private final Clock clock;

    CadenceService(CadenceRepository cadences, MeetingTallies meetings, ObjectProvider<AtRiskSignals> signals,
                   CohortService cohorts, AuditLog audit, Clock clock) {
        this.cadences = cadences;
        this.meetings = meetings;
        this.signals = signals;
        this.cohorts = cohorts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public Cadence get(long cohortId) {
        cohorts.find(cohortId);
        return cadence(cohortId);
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public Cadence set(long cohortId, Cadence cadence) {
        cohorts.find(cohortId);
        Cadence before = cadence(cohortId);
        CadenceEntity entity = cadences.findById(cohortId).orElseGet(() -> new CadenceEntity(cohortId));
        entity.set(cadence.firstMeetingWeeks(), cadence.everyWeeks());
        cadences.saveAndFlush(entity);
        audit.record("cohort.cadence-changed", "cohort", cohortId, cohortId, before, cadence);
        return cadence;
    }

    /** The cohort's cadence; no access check, for the services that made their own. */
    public Cadence cadence(long cohortId) {
        return cadences.findById(cohortId).map(CadenceEntity::cadence).orElse(Cadence.DEFAULT);
    }

    /**
     * Status of each given pairing of one cohort, with the meeting counts it is based on; no access check, for the
     * services that made their own.
     *
     * @param withSignals false for what the pair itself reads: a signal may stem from one member's confidential
     *                    answer, which the other member must not be able to infer
     */
    public Map<Long, Assessed> assess(long cohortId, List<Pairing> pairings, boolean withSignals) {
        Cadence cadence = cadence(cohortId);
        Map<Long, MeetingTally> tallies = meetings.ofCohort(cohortId).stream()
                .collect(Collectors.toMap(MeetingTally::pairingId, Function.identity()));
        Map<Long, List<String>> reasons = new HashMap<>();
        if (withSignals) {
            signals.orderedStream().forEach(source -> source.atRisk(cohortId)
                    .forEach((id, reason) -> reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(reason)));
        }
        Map<Long, Assessed> out = new LinkedHashMap<>();
        for (Pairing p : pairings) {
            MeetingTally tally = tallies.getOrDefault(p.pairingId(), new MeetingTally(p.pairingId(), 0, null));
            LocalDate today = LocalDate.now(clock.withZone(p.zone()));
            out.put(p.pairingId(), new Assessed(p, tally, cadence.assess(p.startDate(), tally.lastMet(), today,
                    reasons.getOrDefault(p.pairingId(), List.of()))));
        }
        return out;
    }

    public record Assessed(Pairing pairing, MeetingTally tally, PairingHealth health) {
    }
}
