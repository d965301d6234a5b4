package io.mentormatch.api.scim.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScimGroupRepository extends JpaRepository<ScimGroupEntity, Long> {

    List<ScimGroupEntity> findAllByOrderByProgramId();
}
