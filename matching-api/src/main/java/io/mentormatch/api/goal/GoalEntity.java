package io.mentormatch.api.goal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A goal of a pair for the year. Its text is the pair's alone; the director counts goals per competency. */
@Entity
@Table(name = "mentoring_goal")
public class GoalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Competency competency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalStatus status;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Version
    private long version;

    protected GoalEntity() {
    }

    GoalEntity(long cohortId, long pairingId) {
        this.cohortId = cohortId;
        this.pairingId = pairingId;
    }

    void set(GoalRequest request) {
        this.text = request.text().strip();
        this.competency = request.competency();
        this.status = request.status() == null ? GoalStatus.NOT_STARTED : request.status();
        this.targetDate = request.targetDate();
    }

    public Long getId() {
        return id;
    }

    public Long getPairingId() {
        return pairingId;
    }

    public String getText() {
        return text;
    }

    public Competency getCompetency() {
        return competency;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public long getVersion() {
        return version;
    }
}
