package io.mentormatch.api.cadence;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How often a cohort's pairs are to meet: a first meeting within {@code firstMeetingWeeks} of the pairing's start,
 * then one every {@code everyWeeks}. Also the rules that turn a pairing's last meeting into its status; they read
 * no clock (today is an argument), so a test can name any day.
 */
public record Cadence(@NotNull @Min(1) @Max(26) Integer firstMeetingWeeks, @NotNull @Min(1) @Max(52) Integer everyWeeks) {

    public static final Cadence DEFAULT = new Cadence(4, 12);
    /** A meeting is "due" this many days before its date, or within half an interval when that is shorter. */
    static final int DUE_WINDOW_DAYS = 14;

    /**
     * @param lastMet null when the pair never met
     * @param signals reasons from elsewhere (a poor-fit survey answer) that put the pairing at risk whatever its meetings
     */
    public PairingHealth assess(LocalDate start, LocalDate lastMet, LocalDate today, List<String> signals) {
        LocalDate due = lastMet == null ? start.plusWeeks(firstMeetingWeeks) : lastMet.plusWeeks(everyWeeks);
        if (!signals.isEmpty()) {
            return new PairingHealth(PairingStatus.AT_RISK, due, String.join("; ", signals));
        }
        if (lastMet == null && today.isAfter(due)) {
            return new PairingHealth(PairingStatus.AT_RISK, due, "never met within the first " + firstMeetingWeeks + " weeks");
        }
        // 1.5 × the cadence, in days so that odd numbers of weeks keep their half week
        if (lastMet != null && today.isAfter(lastMet.plusDays(everyWeeks * 7L * 3 / 2))) {
            return new PairingHealth(PairingStatus.AT_RISK, due, "no meeting since " + lastMet
                    + " (more than 1.5 × the " + everyWeeks + "-week cadence)");
        }
        if (today.isAfter(due)) {
            return new PairingHealth(PairingStatus.OVERDUE, due, "next meeting was due " + due);
        }
        long interval = lastMet == null ? firstMeetingWeeks * 7L : everyWeeks * 7L;
        if (!today.isBefore(due.minusDays(Math.min(DUE_WINDOW_DAYS, interval / 2)))) {
            return new PairingHealth(PairingStatus.DUE, due, "next meeting due " + due);
        }
        return new PairingHealth(PairingStatus.ON_TRACK, due, null);
    }
}
