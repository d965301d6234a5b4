package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppliedSwapRepository extends JpaRepository<AppliedSwapEntity, Long> {

    List<AppliedSwapEntity> findByCohortIdOrderByIdDesc(Long cohortId);

    Optional<AppliedSwapEntity> findByIdAndCohortId(Long id, Long cohortId);
}
