package io.mentormatch.api.change;

import java.util.List;

import io.mentormatch.api.proposal.CandidateList;

/**
 * Everything the director's decision on one change request shows, read at once: the request and the member's
 * reason, every compatible mentor with a free seat (ranked, filtered, paged), and the residents who could move too.
 *
 * @param others the other residents of the same mentoring layer with their current mentors, by name: the director
 *               ticks those who may move too
 */
public record ChangeDecisionPage(ChangeRequestView request, CandidateList candidates, List<OtherResident> others) {

    /**
     * A resident the director may let move too.
     *
     * @param resident the resident's cohort code: the form's value, never shown
     */
    public record OtherResident(String resident, String residentName, String mentorName) {
    }
}
