package io.mentormatch.api.proposal;

import java.util.List;

/**
 * What sending, withdrawing or publishing would do now, for the director's confirmation: how many pairings, and
 * how many and which people hear of it by e-mail.
 *
 * @param pairings    the proposals (or pairings) the action concerns
 * @param residents   the residents among them
 * @param mentorNames the mentors among them, by name, each once
 * @param unanswered  of those, the ones still waiting for their mentor (for publishing: published with an override)
 */
public record ActionConsequence(long cohortId, String cohortName, String academicYear, int pairings, int residents,
                                List<String> mentorNames, int unanswered) {

    public int mentors() {
        return mentorNames.size();
    }
}
