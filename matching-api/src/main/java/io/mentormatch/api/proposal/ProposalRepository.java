package io.mentormatch.api.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<ProposalEntity, Long> {

    /** The cohort's current pairings: those not replaced by a later run or a manual change. */
    List<ProposalEntity> findByCohortIdAndSupersededAtIsNullOrderById(Long cohortId);

    List<ProposalEntity> findByMentorIdAndSupersededAtIsNullOrderById(Long mentorId);

    List<ProposalEntity> findByResidentIdAndSupersededAtIsNullOrderById(Long residentId);

    long countByCohortIdAndStateAndSupersededAtIsNull(Long cohortId, ProposalState state);
}
