package io.mentormatch.api.cadence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A cohort's meeting cadence, once it differs from the defaults. */
@Entity
@Table(name = "mentoring_cadence")
public class CadenceEntity {

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "first_meeting_weeks", nullable = false)
    private int firstMeetingWeeks;

    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks;

    @Version
    private Long version;

    protected CadenceEntity() {
    }

    CadenceEntity(long cohortId) {
        this.cohortId = cohortId;
    }

    void set(int firstMeetingWeeks, int everyWeeks) {
        this.firstMeetingWeeks = firstMeetingWeeks;
        this.everyWeeks = everyWeeks;
    }

    Cadence cadence() {
        return new Cadence(firstMeetingWeeks, everyWeeks);
    }

    Long getVersion() {
        return version;
    }
}
