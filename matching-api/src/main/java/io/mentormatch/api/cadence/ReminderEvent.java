package io.mentormatch.api.cadence;

/** What a reminder reports: one of each per pairing and due date, across the whole cluster. */
public enum ReminderEvent {
    DUE, OVERDUE, AT_RISK;

    static ReminderEvent of(PairingStatus status) {
        return switch (status) {
            case DUE -> DUE;
            case OVERDUE -> OVERDUE;
            case AT_RISK -> AT_RISK;
            case ON_TRACK -> null;
        };
    }
}
