package io.mentormatch.api.preference;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only history of preference forms. */
public interface PreferenceFormVersionRepository extends Repository<PreferenceFormVersion, Long> {

    PreferenceFormVersion save(PreferenceFormVersion version);

    List<PreferenceFormVersion> findByResidentIdOrderByNumberAsc(Long residentId);

    long countByResidentId(Long residentId);
}
