package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<ProposalEntity, Long> {

    /** The cohort's current pairings: not superseded, not declined. */
    @Query("""
            select p from ProposalEntity p where p.cohortId = :cohortId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED order by p.id""")
    List<ProposalEntity> findLive(long cohortId);

    /** Every pairing of the cohort that is not superseded, declined ones included. */
    List<ProposalEntity> findByCohortIdAndSupersededAtIsNullOrderById(Long cohortId);

    Optional<ProposalEntity> findByIdAndCohortId(Long id, Long cohortId);

    @Query("""
            select p from ProposalEntity p where p.mentorId = :mentorId and p.supersededAt is null
              and p.sentAt is not null order by p.id""")
    List<ProposalEntity> findSentToMentor(long mentorId);

    /** Seats the mentor has promised: accepted plus proposed pairings, drafts included. */
    @Query("""
            select count(p) from ProposalEntity p where p.mentorId = :mentorId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED""")
    long countLiveForMentor(long mentorId);
}
