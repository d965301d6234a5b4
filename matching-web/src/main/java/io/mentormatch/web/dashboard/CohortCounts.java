package io.mentormatch.web.dashboard;

/**
 * The figures a director scans on the dashboard: how many forms are in, whether mentors can take every
 * resident, and where the proposals stand.
 */
public record CohortCounts(long residents, long formsSubmitted, long mentors, long mentorCapacity,
                           long proposalsOpen, long proposalsAccepted, long proposalsDeclined) {

    public int formsPercent() {
        return residents == 0 ? 0 : (int) Math.round(100.0 * formsSubmitted / residents);
    }

    public boolean capacityShort() {
        return mentorCapacity < residents;
    }
}
