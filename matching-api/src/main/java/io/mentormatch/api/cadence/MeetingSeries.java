package io.mentormatch.api.cadence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.publication.FirstMeetingSlots;
import io.mentormatch.api.publication.ICalendar;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.core.cohort.WeeklyAvailability;

/**
 * The rest of a pairing's year as one recurring calendar event: at the cohort's cadence, in the first hour both
 * people are free in the week the next meeting falls due. It carries no note and no goal, so the director may
 * download it too.
 */
@Component
public class MeetingSeries {

    static final Duration LENGTH = Duration.ofHours(1);
    static final int YEAR_WEEKS = 52;

    private final PairingDirectory directory;
    private final CadenceService cadences;
    private final AccessPolicy access;
    private final Clock clock;

    MeetingSeries(PairingDirectory directory, CadenceService cadences, AccessPolicy access, Clock clock) {
        this.directory = directory;
        this.cadences = cadences;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public String calendar(long cohortId, long pairingId) {
        Pairing pairing = directory.find(cohortId, pairingId);
        if (!access.canManageCohort(cohortId) && directory.side(pairing).isEmpty()) {
            throw new AccessDeniedException("not your pairing");
        }
        CadenceService.Assessed assessed = cadences.assess(cohortId, List.of(pairing), false).get(pairingId);
        Cadence cadence = cadences.cadence(cohortId);
        Instant now = clock.instant();
        Instant dueWeek = assessed.health().nextMeetingDue().minusDays(7).atStartOfDay(pairing.zone()).toInstant();
        Instant from = dueWeek.isAfter(now) ? dueWeek : now;
        List<ZonedDateTime> first = FirstMeetingSlots.next(common(pairing), from, pairing.zone(), 1);
        if (first.isEmpty()) {
            throw new NoCommonHours(pairing.resident().name(), pairing.mentor().name());
        }
        ZonedDateTime start = first.get(0);
        return ICalendar.series(ICalendar.Uid.of("pairing", pairingId, "meetings"), now, start, LENGTH,
                cadence.everyWeeks(), occurrences(pairing, start, cadence.everyWeeks()),
                "Mentoring: " + pairing.resident().name() + " and " + pairing.mentor().name(),
                "Regular meeting of your mentoring pairing, every " + cadence.everyWeeks() + " weeks.");
    }

    /** Whether the pair shares a weekly hour, so that {@link #calendar} has a series to give: pages explain if not. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public boolean hasCommonHours(long cohortId, long pairingId) {
        return !common(directory.ownPairing(cohortId, pairingId)).isEmpty();
    }

    private static WeeklyAvailability common(Pairing pairing) {
        return FirstMeetingSlots.common(List.of(pairing.resident().availability(), pairing.mentor().availability()));
    }

    /** As many meetings as fit before the pairing's year ends; at least the next one. */
    private static int occurrences(Pairing pairing, ZonedDateTime start, int everyWeeks) {
        long weeksLeft = Duration.between(start.toInstant(), pairing.startedAt().plus(Duration.ofDays(7L * YEAR_WEEKS))).toDays() / 7;
        return (int) Math.max(1, weeksLeft / everyWeeks + 1);
    }
}
