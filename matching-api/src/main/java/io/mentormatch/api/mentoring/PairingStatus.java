package io.mentormatch.api.mentoring;

public enum PairingStatus {
    ON_TRACK, DUE, OVERDUE, AT_RISK
}
