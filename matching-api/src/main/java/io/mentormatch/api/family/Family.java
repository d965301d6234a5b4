package io.mentormatch.api.family;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A mentoring family of a published cohort: a faculty mentor and the residents published with them, who meet
 * together.
 *
 * @param commonHours       hour slots a week in which the mentor and every member are free
 * @param commonSlots       those slots, e.g. {@code MON-18}
 * @param suggestedMeetings the next starts of common hours after the family's last member joined, in the
 *                          program's time zone; empty when the family has no common hour
 */
public record Family(String mentor, String mentorName, String mentorEmail, List<Member> members, int commonHours,
                     List<String> commonSlots, List<ZonedDateTime> suggestedMeetings) {

    /** One resident of the family. */
    public record Member(String code, String name, String email) {
    }
}
