package io.mentormatch.api.change;

import java.util.List;

import io.mentormatch.api.proposal.RematchOption;

/** An open change request with the engine's suggested new mentors, best first, as the director reviews it. */
public record ChangeRequestReview(ChangeRequestView request, List<RematchOption> suggestions) {
}
