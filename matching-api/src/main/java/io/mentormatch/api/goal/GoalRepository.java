package io.mentormatch.api.goal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GoalRepository extends JpaRepository<GoalEntity, Long> {

    List<GoalEntity> findByCohortIdAndPairingIdOrderById(Long cohortId, Long pairingId);

    Optional<GoalEntity> findByIdAndCohortIdAndPairingId(Long id, Long cohortId, Long pairingId);

    long countByCohortIdAndPairingId(Long cohortId, Long pairingId);

    /** What the director sees of the goals: how many per competency, never their text. */
    @Query("""
            select new io.mentormatch.api.goal.CompetencyCount(g.competency, count(g))
            from GoalEntity g where g.cohortId = :cohortId group by g.competency""")
    List<CompetencyCount> countByCompetency(long cohortId);

    @Query("select count(distinct g.pairingId) from GoalEntity g where g.cohortId = :cohortId")
    long countPairsWithGoals(long cohortId);
}
