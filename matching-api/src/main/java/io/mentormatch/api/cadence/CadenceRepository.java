package io.mentormatch.api.cadence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CadenceRepository extends JpaRepository<CadenceEntity, Long> {
}
