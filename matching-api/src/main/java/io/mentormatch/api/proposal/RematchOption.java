package io.mentormatch.api.proposal;

import java.util.List;

import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/**
 * A mentor the engine suggests for a resident who needs a new one, with a free seat.
 *
 * @param mentorId  the mentor's database id
 * @param mentor    the mentor's cohort code
 * @param pairScore the core pair score of the resident with this mentor
 * @param reasons   the pair explainer's reasons, best first, in the resident's words
 */
public record RematchOption(long mentorId, String mentor, String mentorName, int pairScore, List<String> reasons) {

    /** The reasons as the director reads them ("Amara's 3rd choice"), for whatever a director is shown. */
    public List<String> directorReasons(String residentName) {
        return PairExplainer.forAudience(reasons, Audience.DIRECTOR, residentName, mentorName);
    }

    /** This option as the director reads it. */
    public RematchOption forDirector(String residentName) {
        return new RematchOption(mentorId, mentor, mentorName, pairScore, directorReasons(residentName));
    }
}
