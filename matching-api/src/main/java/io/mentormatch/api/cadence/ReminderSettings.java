package io.mentormatch.api.cadence;

import jakarta.validation.constraints.NotNull;

/** @param optionalReminders whether "meeting due" and "meeting overdue" mails reach this person */
public record ReminderSettings(@NotNull Boolean optionalReminders) {
}
