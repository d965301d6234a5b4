package io.mentormatch.api.nextyear;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContinuityRequestRepository extends JpaRepository<ContinuityRequestEntity, Long> {

    List<ContinuityRequestEntity> findByCohortIdOrderByRequestedAt(Long cohortId);

    Optional<ContinuityRequestEntity> findByCohortIdAndResidentId(Long cohortId, Long residentId);

    Optional<ContinuityRequestEntity> findByIdAndCohortId(Long id, Long cohortId);
}
