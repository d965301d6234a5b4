package io.mentormatch.api.proposal;

import java.util.List;
import java.util.Map;

import io.mentormatch.api.problem.StateConflict;

/** A hand edit that would break a hard rule (an incompatible pair, a mentor over capacity) is not applied. */
public class HardRuleBroken extends StateConflict {

    private final List<String> warnings;

    public HardRuleBroken(List<String> warnings) {
        super("the change would break a hard rule: " + String.join("; ", warnings));
        this.warnings = List.copyOf(warnings);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("warnings", warnings);
    }
}
