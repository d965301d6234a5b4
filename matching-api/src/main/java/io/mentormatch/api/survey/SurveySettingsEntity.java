package io.mentormatch.api.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A cohort's survey privacy setting; without a row its director sees aggregates only. */
@Entity
@Table(name = "survey_settings")
class SurveySettingsEntity {

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "show_individual_answers", nullable = false)
    private boolean showIndividualAnswers;

    /** When the director last switched it on: only answers given after it are shown; null while off. */
    @Column(name = "individual_answers_since")
    private Instant individualAnswersSince;

    @Version
    private long version;

    protected SurveySettingsEntity() {
    }

    SurveySettingsEntity(Long cohortId) {
        this.cohortId = cohortId;
    }

    boolean isShowIndividualAnswers() {
        return showIndividualAnswers;
    }

    Instant getIndividualAnswersSince() {
        return individualAnswersSince;
    }

    /** Switching on starts from {@code now}; staying on keeps the start; switching off forgets it. */
    void setShowIndividualAnswers(boolean showIndividualAnswers, Instant now) {
        if (showIndividualAnswers && !this.showIndividualAnswers) {
            this.individualAnswersSince = now;
        } else if (!showIndividualAnswers) {
            this.individualAnswersSince = null;
        }
        this.showIndividualAnswers = showIndividualAnswers;
    }
}
