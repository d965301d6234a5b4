package io.mentormatch.api.roster.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.mentormatch.api.cohort.CohortDataVersion;
import io.mentormatch.api.cohort.CohortOwned;
import io.mentormatch.api.text.JsonList;

/**
 * What a mentor and a resident of one cohort both have: who they are, their account, and the profile fields the
 * pair scorer reads from both sides. {@code code} is the person's id in the cohort file.
 */
@MappedSuperclass
@EntityListeners(CohortDataVersion.class)
public abstract class RosterMemberEntity implements CohortOwned {

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

    @Column(nullable = false)
    private String specialty = "";

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> interests = List.of();

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> availability = List.of();

    @Version
    private long version;

    protected RosterMemberEntity() {
    }

    protected RosterMemberEntity(Long cohortId, String code) {
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

    public long getVersion() {
        return version;
    }
}
