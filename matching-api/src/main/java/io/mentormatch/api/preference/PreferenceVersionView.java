package io.mentormatch.api.preference;

import java.time.Instant;

public record PreferenceVersionView(int number, Instant savedAt, String savedBy, PreferenceForm form) {

    static PreferenceVersionView of(PreferenceFormVersionEntity version) {
        return new PreferenceVersionView(version.getNumber(), version.getSavedAt(), version.getSavedBy(), version.form());
    }
}
