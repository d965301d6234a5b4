package io.mentormatch.api.survey;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveySettingsRepository extends JpaRepository<SurveySettingsEntity, Long> {
}
