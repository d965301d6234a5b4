package io.mentormatch.api.proposal;

/** A resident without a current pairing, as the review list names them: read with the proposals in one query. */
public record UnmatchedResident(String code, String name) {
}
