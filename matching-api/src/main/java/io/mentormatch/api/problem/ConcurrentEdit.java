package io.mentormatch.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone else saved first: the client's version is stale (409). Carries the current version and, where known,
 * what the other save changed, so the client can show it instead of silently overwriting it.
 */
public class ConcurrentEdit extends StateConflict {

    private final long currentVersion;
    private final List<Change> changes;

    /** A field whose saved value differs from what the client sent. */
    public record Change(String field, Object yours, Object current) {
    }

    public ConcurrentEdit(String what, long currentVersion, List<Change> changes) {
        super(what + " was changed by someone else (now at version " + currentVersion + "); reload and apply your edit again");
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public static void check(String what, long clientVersion, long currentVersion, List<Change> changes) {
        if (clientVersion != currentVersion) {
            throw new ConcurrentEdit(what, currentVersion, changes);
        }
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", currentVersion);
        properties.put("changes", changes);
        return properties;
    }
}
