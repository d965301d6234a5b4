package io.mentormatch.api.cohort;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramRepository extends JpaRepository<ProgramEntity, Long> {

    Optional<ProgramEntity> findByNameIgnoreCase(String name);
}
