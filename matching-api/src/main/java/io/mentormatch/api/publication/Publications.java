package io.mentormatch.api.publication;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.mentormatch.api.publication.internal.PublicationEntity;
import io.mentormatch.api.publication.internal.PublicationRepository;

/** When a cohort's pairings were published, for the modules that count time from it (the surveys). */
@Component
public class Publications {

    private final PublicationRepository publications;

    Publications(PublicationRepository publications) {
        this.publications = publications;
    }

    /** Empty while the cohort is not published. Joins the caller's transaction. */
    public Optional<Instant> publishedAt(long cohortId) {
        return publications.findByCohortId(cohortId).map(PublicationEntity::getPublishedAt);
    }
}
