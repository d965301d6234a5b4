package io.mentormatch.api.publication;

import java.time.Instant;

public record PublicationView(long cohortId, Instant publishedAt, String publishedBy, boolean overrodeOpenProposals,
                              String overrideReason, int pairings) {
}
