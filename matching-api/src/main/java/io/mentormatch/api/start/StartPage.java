package io.mentormatch.api.start;

import java.util.List;

/**
 * Where a person starts after signing in, and what waits for them in their mentoring year.
 *
 * @param destination the page their stage needs
 * @param toDos       what they should do soon, over all their current pairings; empty outside the mentoring year
 */
public record StartPage(Destination destination, List<ToDo> toDos) {

    /** The pages a person may start on; the web module knows their addresses. */
    public enum Destination {
        /** A resident or mentor paired in a published cohort. */
        MENTORING,
        /** A resident of a cohort that is open for preferences, or a resident with nothing else to do. */
        PREFERENCES,
        /** A mentor with proposals to answer, or a mentor with nothing else to do. */
        INBOX,
        /** Directors and administrators. */
        DASHBOARD
    }
}
