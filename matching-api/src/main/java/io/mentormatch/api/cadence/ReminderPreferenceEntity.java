package io.mentormatch.api.cadence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's choice about optional reminders (meeting due, meeting overdue); no row means they are on. */
@Entity
@Table(name = "reminder_preference")
public class ReminderPreferenceEntity {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "optional_muted", nullable = false)
    private boolean optionalMuted;

    @Version
    private Long version;

    protected ReminderPreferenceEntity() {
    }

    ReminderPreferenceEntity(long userId) {
        this.userId = userId;
    }

    boolean isOptionalMuted() {
        return optionalMuted;
    }

    void setOptionalMuted(boolean optionalMuted) {
        this.optionalMuted = optionalMuted;
    }
}
