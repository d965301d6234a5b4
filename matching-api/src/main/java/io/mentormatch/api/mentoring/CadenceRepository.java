package io.mentormatch.api.mentoring;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CadenceRepository extends JpaRepository<CadenceEntity, Long> {
}
