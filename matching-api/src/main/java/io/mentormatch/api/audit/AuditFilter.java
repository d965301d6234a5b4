package io.mentormatch.api.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * Which audit entries to show; every field may be left out.
 *
 * @param from   the first day, in the program's time zone (UTC for an administrator)
 * @param to     the last day, included
 * @param action an action code, as the filter's choices give it
 * @param person part of the name or username of who acted
 */
public record AuditFilter(LocalDate from, LocalDate to, @Size(max = 100) String action, @Size(max = 200) String person) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    /** Throws {@link InvalidAuditFilter} when the last day comes before the first. */
    void requireRangeInOrder() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidAuditFilter();
        }
    }
}
