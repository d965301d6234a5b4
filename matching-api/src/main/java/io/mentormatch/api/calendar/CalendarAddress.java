package io.mentormatch.api.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address of a published calendar, e.g. Outlook's "ICS" link or Google's "secret address in iCal format". */
public record CalendarAddress(@NotBlank @Size(max = 2000) String url) {
}
