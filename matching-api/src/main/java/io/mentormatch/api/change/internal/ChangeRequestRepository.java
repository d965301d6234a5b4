package io.mentormatch.api.change.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.mentormatch.api.change.ChangeRequestStatus;
import io.mentormatch.api.change.RequesterRole;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequestEntity, Long> {

    Optional<ChangeRequestEntity> findByIdAndCohortId(Long id, Long cohortId);

    List<ChangeRequestEntity> findByCohortIdOrderByRequestedAtAscIdAsc(Long cohortId);

    List<ChangeRequestEntity> findByCohortIdAndStatusOrderByRequestedAtAscIdAsc(Long cohortId, ChangeRequestStatus status);

    List<ChangeRequestEntity> findByCohortIdAndStatusNotOrderByRequestedAtAscIdAsc(Long cohortId,
                                                                                 ChangeRequestStatus status);

    boolean existsByPairingIdAndStatusAndRequesterRole(Long pairingId, ChangeRequestStatus status, RequesterRole role);

    List<ChangeRequestEntity> findByPairingIdAndStatus(Long pairingId, ChangeRequestStatus status);

    long countByCohortIdAndStatus(Long cohortId, ChangeRequestStatus status);
}
