package io.mentormatch.api.roster.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mentormatch.api.text.JsonList;
import io.mentormatch.core.cohort.MentorKind;

/** A mentor of one cohort with the profile the matching reads; {@code code} is the cohort file's mentor id. */
@Entity
@Table(name = "mentor")
public class MentorEntity extends RosterMemberEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorKind kind = MentorKind.FACULTY;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean accepting = true;

    @Convert(converter = JsonList.class)
    @Column(name = "preferred_residents", nullable = false)
    private List<String> preferredResidents = List.of();

    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected MentorEntity() {
    }

    public MentorEntity(Long cohortId, String code) {
        super(cohortId, code);
    }

    public MentorKind getKind() {
        return kind;
    }

    public void setKind(MentorKind kind) {
        this.kind = kind;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }

    public List<String> getPreferredResidents() {
        return preferredResidents;
    }

    public void setPreferredResidents(List<String> preferredResidents) {
        this.preferredResidents = List.copyOf(preferredResidents);
    }


    /** Carried over from last year's cohort: the mentor confirms their profile and capacity for the new year. */
    public boolean isCarriedOver() {
        return carriedOver;
    }

    public void setCarriedOver(boolean carriedOver) {
        this.carriedOver = carriedOver;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public void setConfirmedAt(Instant confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    /** A carried-over mentor who has not yet confirmed their profile for the new year. */
    public boolean awaitsConfirmation() {
        return carriedOver && confirmedAt == null;
    }
}
