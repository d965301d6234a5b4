package io.mentormatch.api.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponseEntity, Long> {

    List<SurveyResponseEntity> findByCohortId(Long cohortId);

    List<SurveyResponseEntity> findByCohortIdAndKind(Long cohortId, SurveyKind kind);

    Optional<SurveyResponseEntity> findByPairingIdAndKindAndRespondentRole(Long pairingId, SurveyKind kind, Respondent role);
}
