package io.mentormatch.api.roster.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.mentormatch.api.text.JsonList;

/**
 * A resident of one cohort with their current preference form; {@code code} is the cohort file's resident id.
 * Every saved form is also kept as a preference form version.
 */
@Entity
@Table(name = "resident")
public class ResidentEntity extends RosterMemberEntity {

    @Column(name = "career_goal", nullable = false)
    private String careerGoal = "";

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

    protected ResidentEntity() {
    }

    public ResidentEntity(Long cohortId, String code) {
        super(cohortId, code);
    }

    public String getCareerGoal() {
        return careerGoal;
    }

    public void setCareerGoal(String careerGoal) {
        this.careerGoal = careerGoal;
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

}
