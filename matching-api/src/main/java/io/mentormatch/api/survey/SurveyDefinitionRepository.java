package io.mentormatch.api.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyDefinitionRepository extends JpaRepository<SurveyDefinitionEntity, Long> {

    List<SurveyDefinitionEntity> findByCohortId(Long cohortId);

    Optional<SurveyDefinitionEntity> findByCohortIdAndKind(Long cohortId, SurveyKind kind);
}
