package io.mentormatch.api.proposal.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RematchDraftRepository extends JpaRepository<RematchDraftEntity, Long> {

    List<RematchDraftEntity> findByCohortIdAndDecidedAtIsNullOrderById(Long cohortId);

    long countByCohortIdAndDecidedAtIsNull(Long cohortId);

    Optional<RematchDraftEntity> findByIdAndCohortId(Long id, Long cohortId);

    Optional<RematchDraftEntity> findByDeclinedProposalIdAndDecidedAtIsNull(Long declinedProposalId);

    boolean existsByDeclinedProposalId(Long declinedProposalId);
}
