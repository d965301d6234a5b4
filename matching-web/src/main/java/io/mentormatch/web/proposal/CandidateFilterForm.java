package io.mentormatch.web.proposal;

import jakarta.validation.constraints.Size;

import io.mentormatch.api.proposal.CandidateFilter;
import io.mentormatch.api.text.TextLimits;

/** The filter of the possible new mentors as the browser sends it (a GET form); {@link CandidateFilter} narrows. */
public record CandidateFilterForm(
        @Size(max = TextLimits.NAME, message = "Choose a specialty from the list.") String specialty,
        @Size(max = TextLimits.NAME, message = "Choose an interest from the list.") String interest,
        @Size(max = TextLimits.NAME, message = "Please type a shorter part of the mentor's name.") String search,
        Integer page) {

    public CandidateFilter filter() {
        return new CandidateFilter(specialty, interest, search, page);
    }
}
