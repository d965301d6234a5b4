package io.mentormatch.api.roster;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.api.system.JsonList;
import io.mentormatch.core.cohort.MentorKind;

/** A mentor of one cohort with the profile the matching reads; {@code code} is the cohort file's mentor id. */
@Entity
@Table(name = "mentor")
public class MentorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String email;

    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorKind kind = MentorKind.FACULTY;

    @Column(nullable = false)
    private String specialty = "";

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> interests = List.of();

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> availability = List.of();

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private boolean accepting = true;

    @Convert(converter = JsonList.class)
    @Column(name = "preferred_residents", nullable = false)
    private List<String> preferredResidents = List.of();

    @Version
    private long version;

    protected MentorEntity() {
    }

    public MentorEntity(Long cohortId, String code) {
        this.cohortId = cohortId;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public MentorKind getKind() {
        return kind;
    }

    public void setKind(MentorKind kind) {
        this.kind = kind;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = List.copyOf(interests);
    }

    public List<String> getAvailability() {
        return availability;
    }

    public void setAvailability(List<String> availability) {
        this.availability = List.copyOf(availability);
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

    public long getVersion() {
        return version;
    }
}
