package io.mentormatch.api.survey;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyClosingNoticeRepository extends JpaRepository<SurveyClosingNoticeEntity, Long> {

    boolean existsByCohortIdAndKindAndClosesAt(long cohortId, SurveyKind kind, Instant closesAt);
}
