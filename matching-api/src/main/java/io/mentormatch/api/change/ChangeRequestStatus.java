package io.mentormatch.api.change;

/** Where a change request stands: open until the director approves or declines it. */
public enum ChangeRequestStatus {
    OPEN,
    APPROVED,
    DECLINED
}
