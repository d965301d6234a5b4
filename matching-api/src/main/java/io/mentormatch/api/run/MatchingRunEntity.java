package io.mentormatch.api.run;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.core.solver.MatchingMode;

/**
 * One matching run of a cohort: requested, then executed by a Quartz job on whichever instance picks it up.
 * The result JSON is written in the same transaction as the SUCCEEDED status, so a half-written result is never
 * visible.
 */
@Entity
@Table(name = "matching_run")
public class MatchingRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status = RunStatus.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchingMode mode;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    private String phase;

    @Column(name = "best_score")
    private String bestScore;

    @Column(name = "elapsed_millis")
    private Long elapsedMillis;

    private String score;

    @Column(name = "pair_score_sum")
    private Long pairScoreSum;

    private Long bound;

    @Column(name = "gap_percent")
    private Double gapPercent;

    @Column(name = "blocking_pairs")
    private Integer blockingPairs;

    @Column(name = "result_json")
    private String resultJson;

    private String failure;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "instance_id")
    private String instanceId;

    @Version
    private long version;

    protected MatchingRunEntity() {
    }

    public MatchingRunEntity(Long cohortId, MatchingMode mode, int timeLimitSeconds, String requestedBy, Instant requestedAt) {
        this.cohortId = cohortId;
        this.mode = mode;
        this.timeLimitSeconds = timeLimitSeconds;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public void setStatus(RunStatus status) {
        this.status = status;
    }

    public MatchingMode getMode() {
        return mode;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getBestScore() {
        return bestScore;
    }

    public void setBestScore(String bestScore) {
        this.bestScore = bestScore;
    }

    public Long getElapsedMillis() {
        return elapsedMillis;
    }

    public void setElapsedMillis(Long elapsedMillis) {
        this.elapsedMillis = elapsedMillis;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public Long getPairScoreSum() {
        return pairScoreSum;
    }

    public void setPairScoreSum(Long pairScoreSum) {
        this.pairScoreSum = pairScoreSum;
    }

    public Long getBound() {
        return bound;
    }

    public void setBound(Long bound) {
        this.bound = bound;
    }

    public Double getGapPercent() {
        return gapPercent;
    }

    public void setGapPercent(Double gapPercent) {
        this.gapPercent = gapPercent;
    }

    public Integer getBlockingPairs() {
        return blockingPairs;
    }

    public void setBlockingPairs(Integer blockingPairs) {
        this.blockingPairs = blockingPairs;
    }

    public String getResultJson() {
        return resultJson;
    }

    public void setResultJson(String resultJson) {
        this.resultJson = resultJson;
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public void setCancelRequested(boolean cancelRequested) {
        this.cancelRequested = cancelRequested;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public long getVersion() {
        return version;
    }
}
