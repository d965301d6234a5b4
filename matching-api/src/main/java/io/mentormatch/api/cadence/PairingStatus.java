package io.mentormatch.api.cadence;

public enum PairingStatus {
    ON_TRACK, DUE, OVERDUE, AT_RISK
}
