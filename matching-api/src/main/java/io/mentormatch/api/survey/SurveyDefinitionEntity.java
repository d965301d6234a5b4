package io.mentormatch.api.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A cohort's own wording of one survey; without a row the cohort asks the defaults of {@link SurveyKind}. */
@Entity
@Table(name = "survey_definition")
class SurveyDefinitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyKind kind;

    @Column(name = "score_question", nullable = false)
    private String scoreQuestion;

    @Column(name = "recommend_question")
    private String recommendQuestion;

    @Column(name = "text_question", nullable = false)
    private String textQuestion;

    @Version
    private long version;

    protected SurveyDefinitionEntity() {
    }

    SurveyDefinitionEntity(Long cohortId, SurveyKind kind) {
        this.cohortId = cohortId;
        this.kind = kind;
    }

    SurveyKind getKind() {
        return kind;
    }

    SurveyQuestions questions() {
        return new SurveyQuestions(scoreQuestion, recommendQuestion, textQuestion);
    }

    void reword(SurveyQuestions questions) {
        this.scoreQuestion = questions.scoreQuestion();
        this.recommendQuestion = questions.recommendQuestion();
        this.textQuestion = questions.textQuestion();
    }
}
