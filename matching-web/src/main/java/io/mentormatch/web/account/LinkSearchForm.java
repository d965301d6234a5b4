package io.mentormatch.web.account;

import jakarta.validation.constraints.Size;

/** The link page's search for a roster person, by name or e-mail. */
public record LinkSearchForm(@Size(max = 200, message = "Please search with at most 200 characters.") String q) {
}
