package io.mentormatch.api.cadence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;

/** Each person turns their own optional reminders on or off. */
@Service
public class ReminderSettingsService {

    private final ReminderPreferenceRepository preferences;
    private final CurrentActor actor;
    private final AuditLog audit;

    ReminderSettingsService(ReminderPreferenceRepository preferences, CurrentActor actor, AuditLog audit) {
        this.preferences = preferences;
        this.actor = actor;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReminderSettings mine() {
        return settings(actor.require().userId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ReminderSettings set(ReminderSettings settings) {
        Actor me = actor.require();
        ReminderSettings before = settings(me.userId());
        ReminderPreferenceEntity preference = preferences.findById(me.userId())
                .orElseGet(() -> new ReminderPreferenceEntity(me.userId()));
        preference.setOptionalMuted(!settings.optionalReminders());
        preferences.saveAndFlush(preference);
        audit.record("account.reminders-changed", "user", me.username(), null, before, settings);
        return settings;
    }

    private ReminderSettings settings(long userId) {
        return new ReminderSettings(preferences.findById(userId).map(p -> !p.isOptionalMuted()).orElse(true));
    }
}
