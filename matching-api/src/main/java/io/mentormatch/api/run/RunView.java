package io.mentormatch.api.run;

import java.time.Instant;

/**
 * A run's status, progress and score summary, as polled or streamed.
 *
 * @param summary    the score, or the best score so far, in a director's words ({@link ResultWords#score})
 * @param instanceId the Quartz instance of the cluster that last claimed the run
 */
public record RunView(long id, long cohortId, RunStatus status, String mode, int timeLimitSeconds, String phase,
                      String bestScore, Long elapsedMillis, String score, String summary, Long pairScoreSum, Long bound,
                      Double gapPercent, Integer blockingPairs, String failure, boolean cancelRequested,
                      String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, String instanceId,
                      long version) {

    static RunView of(MatchingRunEntity r) {
        return new RunView(r.getId(), r.getCohortId(), r.getStatus(), r.getMode().label(), r.getTimeLimitSeconds(),
                r.getPhase(), r.getBestScore(), r.getElapsedMillis(), r.getScore(),
                r.getScore() != null ? ResultWords.score(r.getScore(), r.getPairScoreSum()) : ResultWords.score(r.getBestScore()),
                r.getPairScoreSum(), r.getBound(),
                r.getGapPercent(), r.getBlockingPairs(), r.getFailure(), r.isCancelRequested(), r.getRequestedBy(),
                r.getRequestedAt(), r.getStartedAt(), r.getFinishedAt(), r.getInstanceId(), r.getVersion());
    }
}
