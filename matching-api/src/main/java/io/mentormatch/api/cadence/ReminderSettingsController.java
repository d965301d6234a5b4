package io.mentormatch.api.cadence;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/reminders")
class ReminderSettingsController {

    private final ReminderSettingsService settings;

    ReminderSettingsController(ReminderSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    ReminderSettings get() {
        return settings.mine();
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ReminderSettings set(@Valid @RequestBody ReminderSettings request) {
        return settings.set(request);
    }
}
