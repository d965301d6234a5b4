package io.mentormatch.api.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's answer to one survey; never changed once given. */
@Entity
@Table(name = "survey_response")
class SurveyResponseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_role", nullable = false)
    private Respondent respondentRole;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private int score;

    @Column
    private Boolean recommend;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected SurveyResponseEntity() {
    }

    SurveyResponseEntity(long cohortId, SurveyId survey, Respondent role, long userId, SurveyAnswer answer,
                         Instant answeredAt) {
        this.cohortId = cohortId;
        this.pairingId = survey.pairingId();
        this.kind = survey.kind();
        this.respondentRole = role;
        this.userId = userId;
        this.score = answer.score();
        this.recommend = answer.recommend();
        this.answerText = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
        this.answeredAt = answeredAt;
    }

    Long getId() {
        return id;
    }

    Long getPairingId() {
        return pairingId;
    }

    SurveyKind getKind() {
        return kind;
    }

    Respondent getRespondentRole() {
        return respondentRole;
    }

    int getScore() {
        return score;
    }

    Boolean getRecommend() {
        return recommend;
    }

    String getAnswerText() {
        return answerText;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
