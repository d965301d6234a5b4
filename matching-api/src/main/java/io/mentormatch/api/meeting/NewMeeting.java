package io.mentormatch.api.meeting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.FreeText;
import io.mentormatch.api.text.TextLimits;

/**
 * A meeting as a member logs it. The date's rules (not in the future, not before the pairing started) need the
 * pairing and the clock, so the service checks them.
 *
 * @param topics listed topics ({@link MeetingTopics#LISTED}) or the pair's own words
 * @param note   private to the pair: no director view or export ever shows it
 */
public record NewMeeting(
        @NotNull LocalDate date,
        @NotNull @Min(1) @Max(600) Integer minutes,
        @NotNull MeetingFormat format,
        @Size(max = MeetingTopics.MAX, message = "{mentormatch.list.size}") List<@NotBlank @Size(max = TextLimits.INTEREST) @PlainText String> topics,
        @Size(max = TextLimits.REASON) @FreeText String note) {
}
