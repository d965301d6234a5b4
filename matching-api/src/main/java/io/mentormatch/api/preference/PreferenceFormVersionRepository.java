package io.mentormatch.api.preference;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only history of preference forms. */
public interface PreferenceFormVersionRepository extends Repository<PreferenceFormVersionEntity, Long> {

    PreferenceFormVersionEntity save(PreferenceFormVersionEntity version);

    List<PreferenceFormVersionEntity> findByResidentIdOrderByNumberAsc(Long residentId);

    long countByResidentId(Long residentId);
}
