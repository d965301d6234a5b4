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

import io.mentormatch.core.solver.MatchingResult;

/** One matching run of a cohort: its request, its progress while it solves, and its result. */
@Entity
@Table(name = "matching_run")
public class MatchingRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    /** The cohort id while the run is queued or running, null afterwards: unique, so one active run per cohort. */
    @Column(name = "active_cohort_id")
    private Long activeCohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status = RunStatus.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunMode mode;

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

    MatchingRunEntity(Long cohortId, RunMode mode, int timeLimitSeconds, String requestedBy, Instant requestedAt) {
        this.cohortId = cohortId;
        this.activeCohortId = cohortId;
        this.mode = mode;
        this.timeLimitSeconds = timeLimitSeconds;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void start(Instant at, String instance) {
        status = RunStatus.RUNNING;
        startedAt = at;
        instanceId = instance;
        phase = "loading";
        bestScore = null;
        elapsedMillis = 0L;
    }

    void succeed(Instant at, MatchingResult result, String json) {
        finish(RunStatus.SUCCEEDED, at);
        phase = "done";
        score = result.score();
        bestScore = result.score();
        pairScoreSum = result.pairScoreSum();
        bound = result.bound().pairScoreUpperBound();
        gapPercent = result.bound().gapPercent();
        blockingPairs = result.blockingPairs();
        resultJson = json;
    }

    void fail(Instant at, String reason) {
        finish(RunStatus.FAILED, at);
        failure = reason;
    }

    void cancel(Instant at) {
        finish(RunStatus.CANCELLED, at);
    }

    void requestCancel() {
        cancelRequested = true;
    }

    private void finish(RunStatus terminal, Instant at) {
        status = terminal;
        finishedAt = at;
        activeCohortId = null;
        if (startedAt != null) {
            elapsedMillis = at.toEpochMilli() - startedAt.toEpochMilli();
        }
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

    public RunMode getMode() {
        return mode;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public String getPhase() {
        return phase;
    }

    public String getBestScore() {
        return bestScore;
    }

    public Long getElapsedMillis() {
        return elapsedMillis;
    }

    public String getScore() {
        return score;
    }

    public Long getPairScoreSum() {
        return pairScoreSum;
    }

    public Long getBound() {
        return bound;
    }

    public Double getGapPercent() {
        return gapPercent;
    }

    public Integer getBlockingPairs() {
        return blockingPairs;
    }

    public String getResultJson() {
        return resultJson;
    }

    public String getFailure() {
        return failure;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
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

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public long getVersion() {
        return version;
    }
}
