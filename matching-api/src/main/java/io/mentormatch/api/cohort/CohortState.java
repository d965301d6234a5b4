package io.mentormatch.api.cohort;

import java.util.Optional;

/** The cohort lifecycle of the design brief; each state has exactly one successor. */
public enum CohortState {
    DRAFT,
    OPEN_FOR_PREFERENCES,
    MATCHING,
    PROPOSED,
    PUBLISHED,
    ARCHIVED;

    public Optional<CohortState> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean canMoveTo(CohortState target) {
        return next().filter(target::equals).isPresent();
    }

    /** Residents may edit their forms and mentors their profiles only before matching starts. */
    public boolean rosterEditable() {
        return this == DRAFT || this == OPEN_FOR_PREFERENCES;
    }

    /** Residents fill in their preference forms (until the deadline); starting a run closes them. */
    public boolean takesPreferences() {
        return this == OPEN_FOR_PREFERENCES;
    }

    /** The stage in words for a problem's detail: "open for preferences", never the constant's name. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Its pairings are published: residents and mentors may read them, now or in the archive. */
    public boolean published() {
        return this == PUBLISHED || this == ARCHIVED;
    }
}
