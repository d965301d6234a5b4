package io.mentormatch.api.roster.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResidentRepository extends JpaRepository<ResidentEntity, Long> {

    List<ResidentEntity> findByCohortIdOrderByCode(Long cohortId);

    Optional<ResidentEntity> findByCohortIdAndCode(Long cohortId, String code);

    List<ResidentEntity> findByUserId(Long userId);

    long countByCohortId(Long cohortId);

    long countByCohortIdAndFormSavedAtIsNotNull(Long cohortId);

    /** The residents who have saved their form: only they are suggested to mentors. */
    @Query("select r.code from ResidentEntity r where r.cohortId = ?1 and r.formSavedAt is not null")
    List<String> findCodesWithSavedForm(Long cohortId);
}
