package io.mentormatch.api.proposal;

import java.util.Map;

import io.mentormatch.api.proposal.RematchPreview;
import io.mentormatch.api.problem.StateConflict;

/**
 * The pairings changed since the preview the director approved; the problem carries the recomputed preview. Only the
 * director, who opened the preview, reads it.
 */
public class RematchPreviewStale extends StateConflict {

    private final transient RematchPreview preview;

    public RematchPreviewStale(RematchPreview preview) {
        super("The pairings changed since you opened this preview; open it again to see the current suggestions.");
        this.preview = preview;
    }

    public RematchPreview preview() {
        return preview;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("preview", preview);
    }
}
