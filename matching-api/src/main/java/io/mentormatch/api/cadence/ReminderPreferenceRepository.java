package io.mentormatch.api.cadence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReminderPreferenceRepository extends JpaRepository<ReminderPreferenceEntity, Long> {

    @Query("select p.userId from ReminderPreferenceEntity p where p.optionalMuted = true and p.userId in :userIds")
    List<Long> mutedAmong(Collection<Long> userIds);
}
