package io.mentormatch.api.roster;

/**
 * The roster counts a director's dashboard shows.
 *
 * @param formsSaved      residents who have saved their preference form at least once
 * @param mentorCapacity  seats offered by accepting mentors
 */
public record RosterOverview(long cohortId, int residents, int formsSaved, int mentors, int acceptingMentors,
                             int mentorCapacity) {
}
