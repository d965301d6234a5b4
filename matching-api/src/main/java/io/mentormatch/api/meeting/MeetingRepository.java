package io.mentormatch.api.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    long countByPairingIdAndLoggedAtGreaterThanEqual(long pairingId, Instant since);


    List<MeetingEntity> findByCohortIdAndPairingIdOrderByMetOnDescIdDesc(Long cohortId, Long pairingId);

    Optional<MeetingEntity> findByIdAndCohortIdAndPairingId(Long id, Long cohortId, Long pairingId);

    /** Per pairing of the cohort: how many meetings and the last one, counted by the database. */
    @Query("""
            select new io.mentormatch.api.meeting.MeetingTally(m.pairingId, count(m), max(m.metOn))
            from MeetingEntity m where m.cohortId = :cohortId group by m.pairingId""")
    List<MeetingTally> tallies(long cohortId);

    /** Per pairing of the cohort that met: the day of its first meeting. */
    @Query("""
            select new io.mentormatch.api.meeting.FirstMeeting(m.pairingId, min(m.metOn))
            from MeetingEntity m where m.cohortId = :cohortId group by m.pairingId""")
    List<FirstMeeting> firstMeetings(long cohortId);
}
