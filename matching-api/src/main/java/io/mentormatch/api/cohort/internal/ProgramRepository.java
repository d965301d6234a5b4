package io.mentormatch.api.cohort.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramRepository extends JpaRepository<ProgramEntity, Long> {

    Optional<ProgramEntity> findByNameIgnoreCase(String name);
}
