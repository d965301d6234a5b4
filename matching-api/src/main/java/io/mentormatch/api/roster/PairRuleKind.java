package io.mentormatch.api.roster;

/** The pair lists of the cohort file: hard bans (conflicts, declined), pins, and last year's pairs. */
public enum PairRuleKind {
    CONFLICT,
    DECLINED,
    PINNED,
    PREVIOUS
}
