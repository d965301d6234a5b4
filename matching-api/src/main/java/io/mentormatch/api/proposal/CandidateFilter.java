package io.mentormatch.api.proposal;

import java.util.Locale;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.TextLimits;

/**
 * What the director narrows the list of possible new mentors to: a specialty, an interest, words in the mentor's
 * name, and the page of the list (from 1). Empty fields narrow nothing.
 */
public record CandidateFilter(@Size(max = TextLimits.NAME) String specialty, @Size(max = TextLimits.NAME) String interest,
                              @Size(max = TextLimits.NAME) String search, @Min(1) Integer page) {

    public static final CandidateFilter NONE = new CandidateFilter(null, null, null, 1);

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    boolean admits(CandidateMentor mentor) {
        return (blank(specialty) || mentor.specialty().equalsIgnoreCase(specialty.strip()))
                && (blank(interest) || mentor.interests().stream().anyMatch(i -> i.equalsIgnoreCase(interest.strip())))
                && (blank(search) || mentor.name().toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
