package io.mentormatch.api.preference;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import io.mentormatch.api.text.JsonList;

/** One saved version of a resident's preference form; versions are numbered 1, 2, … and never changed. */
@Entity
@Immutable
@Table(name = "preference_form_version")
public class PreferenceFormVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Column(nullable = false)
    private int number;

    @Column(name = "career_goal", nullable = false)
    private String careerGoal;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> interests;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> availability;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> ranking;

    @Convert(converter = JsonList.class)
    @Column(nullable = false)
    private List<String> avoid;

    @Column(name = "open_to_other_specialties", nullable = false)
    private boolean openToOtherSpecialties;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    protected PreferenceFormVersionEntity() {
    }

    PreferenceFormVersionEntity(Long residentId, int number, PreferenceForm form, Instant savedAt, String savedBy) {
        this.residentId = residentId;
        this.number = number;
        this.careerGoal = form.careerGoal();
        this.interests = List.copyOf(form.interests());
        this.availability = List.copyOf(form.availability());
        this.ranking = List.copyOf(form.ranking());
        this.avoid = List.copyOf(form.avoid());
        this.openToOtherSpecialties = form.openToOtherSpecialties();
        this.savedAt = savedAt;
        this.savedBy = savedBy;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    PreferenceForm form() {
        return new PreferenceForm(careerGoal, interests, availability, ranking, avoid, openToOtherSpecialties);
    }
}
