package io.mentormatch.api.run;

/**
 * Told in the transaction that records a run's end, with a result ({@code succeeded}) or without one (it failed);
 * a cancelled run is the director's own doing and is not told.
 */
public record RunFinished(long cohortId, long runId, boolean succeeded) {
}
