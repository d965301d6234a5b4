package io.mentormatch.api.publication.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationRepository extends JpaRepository<PublicationEntity, Long> {

    Optional<PublicationEntity> findByCohortId(Long cohortId);
}
