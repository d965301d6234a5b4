package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<ProposalEntity, Long> {

    /** The cohort's current pairings: not superseded, not declined. */
    @Query("""
            select p from ProposalEntity p where p.cohortId = :cohortId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED order by p.id""")
    List<ProposalEntity> findLive(long cohortId);

    /** One resident's current pairings (a roster row of their account), rather than the whole cohort's. */
    @Query("""
            select p from ProposalEntity p where p.residentId = :residentId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED order by p.id""")
    List<ProposalEntity> findLiveOfResident(long residentId);

    /** One mentor's current pairings (a roster row of their account), rather than the whole cohort's. */
    @Query("""
            select p from ProposalEntity p where p.mentorId = :mentorId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED order by p.id""")
    List<ProposalEntity> findLiveOfMentor(long mentorId);

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

    /** One page of the current pairings scoring below {@code below}, by resident code. */
    @Query(value = """
            select p from ProposalEntity p, ResidentEntity r where r.id = p.residentId and p.cohortId = :cohortId
              and p.supersededAt is null and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED
              and p.pairScore < :below order by r.code, p.id""",
            countQuery = """
            select count(p) from ProposalEntity p where p.cohortId = :cohortId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED and p.pairScore < :below""")
    Page<ProposalEntity> findLiveBelow(long cohortId, int below, Pageable pageable);

    /** One page of the current pairings, by resident code. */
    @Query(value = """
            select p from ProposalEntity p, ResidentEntity r where r.id = p.residentId and p.cohortId = :cohortId
              and p.supersededAt is null and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED
              order by r.code, p.id""",
            countQuery = """
            select count(p) from ProposalEntity p where p.cohortId = :cohortId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED""")
    Page<ProposalEntity> findLive(long cohortId, Pageable pageable);

    /** One page of the declined proposals that were not replaced, by resident code. */
    @Query(value = """
            select p from ProposalEntity p, ResidentEntity r where r.id = p.residentId and p.cohortId = :cohortId
              and p.supersededAt is null and p.state = io.mentormatch.api.proposal.ProposalState.DECLINED
              order by r.code, p.id""",
            countQuery = """
            select count(p) from ProposalEntity p where p.cohortId = :cohortId and p.supersededAt is null
              and p.state = io.mentormatch.api.proposal.ProposalState.DECLINED""")
    Page<ProposalEntity> findDeclined(long cohortId, Pageable pageable);

    /** One page of the residents without a current pairing, by code. */
    @Query(value = """
            select new io.mentormatch.api.proposal.UnmatchedResident(r.code, r.name) from ResidentEntity r
              where r.cohortId = :cohortId and not exists (
              select p.id from ProposalEntity p where p.residentId = r.id and p.supersededAt is null
                and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED) order by r.code""",
            countQuery = """
            select count(r) from ResidentEntity r where r.cohortId = :cohortId and not exists (
              select p.id from ProposalEntity p where p.residentId = r.id and p.supersededAt is null
                and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED)""")
    Page<UnmatchedResident> findUnmatched(long cohortId, Pageable pageable);

    /** The current pairings of the cohort counted per mentor: the seats each mentor has promised. */
    @Query("""
            select p.mentorId, count(p) from ProposalEntity p where p.cohortId = :cohortId and p.supersededAt is null
              and p.state <> io.mentormatch.api.proposal.ProposalState.DECLINED group by p.mentorId""")
    List<Object[]> countLivePerMentor(long cohortId);

    /**
     * The cohort's not-superseded proposals per state: {state, count, how many of them were sent}.
     */
    @Query("""
            select p.state, count(p), count(p.sentAt) from ProposalEntity p where p.cohortId = :cohortId
              and p.supersededAt is null group by p.state""")
    List<Object[]> countPerState(long cohortId);
}
