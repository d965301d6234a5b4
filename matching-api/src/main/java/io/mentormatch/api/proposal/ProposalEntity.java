package io.mentormatch.api.proposal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.api.cohort.CohortDataVersion;
import io.mentormatch.api.cohort.CohortOwned;
import io.mentormatch.api.text.JsonList;

/**
 * One resident-mentor pairing of a cohort. A draft (not yet sent) is the director's to edit; once sent it is the
 * mentor's to accept or decline. A pairing replaced by a later one (a re-run, a reassignment) is kept, marked
 * superseded, so the history stays readable.
 */
@Entity
@Table(name = "proposal")
@EntityListeners(CohortDataVersion.class)
public class ProposalEntity implements CohortOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalState state = ProposalState.PROPOSED;

    @Column(name = "pair_score", nullable = false)
    private int pairScore;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> reasons = List.of();

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    /** When a published pairing ended early (a change of mentor); it is then superseded too. */
    @Column(name = "ended_at")
    private Instant endedAt;

    /** When a pairing made after publication started; null for the pairings published with the cohort. */
    @Column(name = "started_at")
    private Instant startedAt;

    @Version
    private long version;

    protected ProposalEntity() {
    }

    public ProposalEntity(Long cohortId, Long runId, Long residentId, Long mentorId, int pairScore, List<String> reasons) {
        this.cohortId = cohortId;
        this.runId = runId;
        this.residentId = residentId;
        this.mentorId = mentorId;
        this.pairScore = pairScore;
        this.reasons = List.copyOf(reasons);
    }

    public boolean isLive() {
        return supersededAt == null && state != ProposalState.DECLINED;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    /** Sent and waiting for the mentor's answer. */
    public boolean isOpen() {
        return isLive() && isSent() && state == ProposalState.PROPOSED;
    }

    void moveTo(Long newMentorId, int newPairScore, List<String> newReasons) {
        this.mentorId = newMentorId;
        this.pairScore = newPairScore;
        this.reasons = List.copyOf(newReasons);
    }

    void send(Instant at) {
        this.sentAt = at;
    }

    /** Takes a sent, unanswered proposal back: a draft of the director's review again. */
    void withdraw() {
        this.sentAt = null;
    }

    void decide(ProposalState decision, String reason, String by, Instant at) {
        this.state = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void supersede(Instant at) {
        this.supersededAt = at;
    }

    /**
     * A pairing that takes another's place once proposals went out (a re-match after a decline, a change of mentor):
     * sent to its mentor at once, who accepts or declines it as any proposal. In a published cohort its own cadence
     * runs from {@code startedAt}; before publication {@code startedAt} is null.
     */
    public static ProposalEntity replacing(long cohortId, Long runId, long residentId, long mentorId, int pairScore,
                                           List<String> reasons, Instant sentAt, Instant startedAt) {
        ProposalEntity replacement = new ProposalEntity(cohortId, runId, residentId, mentorId, pairScore, reasons);
        replacement.send(sentAt);
        replacement.startedAt = startedAt;
        return replacement;
    }

    /** Ends a published pairing early; its row stays for the history and leaves the current pairings. */
    public void end(Instant at) {
        this.endedAt = at;
        this.supersededAt = at;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getRunId() {
        return runId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public ProposalState getState() {
        return state;
    }

    public int getPairScore() {
        return pairScore;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getVersion() {
        return version;
    }
}
