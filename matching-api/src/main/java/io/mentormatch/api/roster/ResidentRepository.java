package io.mentormatch.api.roster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidentRepository extends JpaRepository<ResidentEntity, Long> {

    List<ResidentEntity> findByCohortIdOrderByCode(Long cohortId);

    Optional<ResidentEntity> findByCohortIdAndCode(Long cohortId, String code);

    List<ResidentEntity> findByUserId(Long userId);

    long countByCohortId(Long cohortId);

    long countByCohortIdAndFormSavedAtIsNotNull(Long cohortId);
}
