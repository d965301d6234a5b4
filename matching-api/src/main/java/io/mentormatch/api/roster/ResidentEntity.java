package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.api.system.JsonList;

/**
 * A resident of one cohort with their current preference form; {@code code} is the cohort file's resident id.
 * Every saved form is also kept as a preference form version.
 */
@Entity
@Table(name = "resident")
public class ResidentEntity {

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

    @Column(name = "career_goal", nullable = false)
    private String careerGoal = "";

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> interests = List.of();

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> availability = List.of();

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> ranking = List.of();

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> avoid = List.of();

    @Column(name = "open_to_other_specialties", nullable = false)
    private boolean openToOtherSpecialties = true;

    @Column(name = "form_saved_at")
    private Instant formSavedAt;

    @Version
    private long version;

    protected ResidentEntity() {
    }

    public ResidentEntity(Long cohortId, String code) {
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

    public String getCareerGoal() {
        return careerGoal;
    }

    public void setCareerGoal(String careerGoal) {
        this.careerGoal = careerGoal;
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

    public List<String> getRanking() {
        return ranking;
    }

    public void setRanking(List<String> ranking) {
        this.ranking = List.copyOf(ranking);
    }

    public List<String> getAvoid() {
        return avoid;
    }

    public void setAvoid(List<String> avoid) {
        this.avoid = List.copyOf(avoid);
    }

    public boolean isOpenToOtherSpecialties() {
        return openToOtherSpecialties;
    }

    public void setOpenToOtherSpecialties(boolean openToOtherSpecialties) {
        this.openToOtherSpecialties = openToOtherSpecialties;
    }

    public Instant getFormSavedAt() {
        return formSavedAt;
    }

    public void setFormSavedAt(Instant formSavedAt) {
        this.formSavedAt = formSavedAt;
    }

    public long getVersion() {
        return version;
    }
}
