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

/** A survey window whose closing the program's channel was told about: told once, never again. */
@Entity
@Table(name = "survey_closing_notice")
class SurveyClosingNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyKind kind;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "told_at", nullable = false)
    private Instant toldAt;

    protected SurveyClosingNoticeEntity() {
    }

    SurveyClosingNoticeEntity(long cohortId, SurveyKind kind, Instant closesAt, Instant toldAt) {
        this.cohortId = cohortId;
        this.kind = kind;
        this.closesAt = closesAt;
        this.toldAt = toldAt;
    }
}
