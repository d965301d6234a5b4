package io.mentormatch.api.survey;

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

    void setShowIndividualAnswers(boolean showIndividualAnswers) {
        this.showIndividualAnswers = showIndividualAnswers;
    }
}
