package io.mentormatch.api.run;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchingRunRepository extends JpaRepository<MatchingRunEntity, Long> {

    List<MatchingRunEntity> findByCohortIdOrderByRequestedAtDesc(Long cohortId);

    boolean existsByCohortIdAndStatusIn(Long cohortId, Collection<RunStatus> statuses);
}
