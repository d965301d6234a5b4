package io.mentormatch.api.meeting;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What other modules read of the meetings: how many per pairing and when the last was, never a note or a topic.
 * No access check: the cadence's callers made their own, and the reminder job runs as the system.
 */
@Component
public class MeetingTallies {

    private final MeetingRepository meetings;

    MeetingTallies(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** Per pairing of the cohort that met: how many meetings and the last one, counted by the database. */
    public List<MeetingTally> ofCohort(long cohortId) {
        return meetings.tallies(cohortId);
    }
}
