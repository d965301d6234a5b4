package io.mentormatch.api.roster.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorRepository extends JpaRepository<MentorEntity, Long> {

    List<MentorEntity> findByCohortIdOrderByCode(Long cohortId);

    Optional<MentorEntity> findByCohortIdAndCode(Long cohortId, String code);

    List<MentorEntity> findByCohortIdAndCodeIn(Long cohortId, Collection<String> codes);

    List<MentorEntity> findByUserId(Long userId);

    long countByCohortId(Long cohortId);
}
