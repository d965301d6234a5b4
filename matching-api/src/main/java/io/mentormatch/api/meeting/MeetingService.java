package io.mentormatch.api.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.problem.FieldProblem;

/** Meetings of a pairing: logged by one member, confirmed by the other, read only by the two of them. */
@Service
public class MeetingService {

    /** Meetings one pairing may log in a day: more is not a mentoring record but flooding (issue 19). */
    static final int MAX_PER_DAY = 10;

    private final MeetingRepository meetings;
    private final PairingDirectory directory;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, PairingDirectory directory, AuditLog audit, CurrentActor actor,
                   Clock clock) {
        this.meetings = meetings;
        this.directory = directory;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public MeetingView log(long cohortId, long pairingId, NewMeeting request) {
        Pairing pairing = directory.ownPairing(cohortId, pairingId);
        boolean mentor = directory.side(pairing).orElseThrow();
        checkDate(pairing, request.date());
        Instant startOfDay = LocalDate.now(clock.withZone(pairing.zone())).atStartOfDay(pairing.zone()).toInstant();
        if (meetings.countByPairingIdAndLoggedAtGreaterThanEqual(pairingId, startOfDay) >= MAX_PER_DAY) {
            throw new MeetingLimitReached(MAX_PER_DAY);
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        MeetingEntity meeting = meetings.save(new MeetingEntity(cohortId, pairingId, request.date(), request.minutes(),
                request.format(), topics(request.topics()), note, actor.name(), mentor, clock.instant()));
        audit.record("meeting.logged", "meeting", meeting.getId(), cohortId, null, MeetingView.Audited.of(meeting));
        return MeetingView.of(meeting);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<MeetingView> list(long cohortId, long pairingId) {
        directory.ownPairing(cohortId, pairingId);
        return meetings.findByCohortIdAndPairingIdOrderByMetOnDescIdDesc(cohortId, pairingId).stream()
                .map(MeetingView::of).toList();
    }

    /** The member who did not log the meeting confirms it; the one who logged it cannot vouch for it twice. */
    @Transactional
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public MeetingView confirm(long cohortId, long pairingId, long meetingId) {
        Pairing pairing = directory.ownPairing(cohortId, pairingId);
        boolean mentor = directory.side(pairing).orElseThrow();
        MeetingEntity meeting = meetings.findByIdAndCohortIdAndPairingId(meetingId, cohortId, pairingId)
                .orElseThrow(() -> new MeetingNotFound(pairingId, meetingId));
        if (meeting.isLoggedByMentor() == mentor) {
            throw new AccessDeniedException("the other member of the pair confirms a meeting");
        }
        if (meeting.getConfirmedAt() != null) {
            throw new MeetingAlreadyConfirmed(meetingId);
        }
        MeetingView.Audited before = MeetingView.Audited.of(meeting);
        meeting.confirm(actor.name(), clock.instant());
        meetings.flush();
        audit.record("meeting.confirmed", "meeting", meetingId, cohortId, before, MeetingView.Audited.of(meeting));
        return MeetingView.of(meeting);
    }

    /** Not in the future and not before the pairing began, both as dates in the program's time zone. */
    private void checkDate(Pairing pairing, LocalDate date) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date.isAfter(LocalDate.now(clock.withZone(pairing.zone())))) {
            problems.add(FieldProblem.of("date", "must not be in the future"));
        } else if (date.isBefore(pairing.startDate())) {
            problems.add(FieldProblem.of("date", "must not be before the pairing started on " + pairing.startDate()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeeting(problems);
        }
    }

    private static List<String> topics(List<String> sent) {
        if (sent == null) {
            return List.of();
        }
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        sent.forEach(t -> topics.add(MeetingTopics.canonical(t)));
        return List.copyOf(topics);
    }
}
