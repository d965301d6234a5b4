package io.mentormatch.api.proposal.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppliedSwapRepository extends JpaRepository<AppliedSwapEntity, Long> {

    List<AppliedSwapEntity> findByCohortIdOrderByIdDesc(Long cohortId);

    Optional<AppliedSwapEntity> findByIdAndCohortId(Long id, Long cohortId);
}
