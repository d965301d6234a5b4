package io.mentormatch.api.proposal;

import java.util.List;

/**
 * One page of the compatible mentors with a free seat, best fit first, after the director's filter.
 *
 * @param shown       this page's mentors
 * @param matching    how many mentors pass the filter
 * @param total       how many compatible mentors have a free seat, before the filter
 * @param pages       how many pages the filtered list has (at least 1)
 * @param specialties the specialties among all the candidates, for the filter's choices
 * @param interests   the interests among all the candidates, for the filter's choices
 */
public record CandidateList(List<CandidateMentor> shown, int matching, int total, int page, int pages,
                            List<String> specialties, List<String> interests, CandidateFilter filter) {
}
