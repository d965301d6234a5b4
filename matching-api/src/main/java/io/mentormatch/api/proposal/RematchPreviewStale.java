package io.mentormatch.api.proposal;

import java.util.Map;

import io.mentormatch.api.proposal.RematchPreview;
import io.mentormatch.api.problem.StateConflict;

/** The pairings changed since the preview the director approved; the problem carries the recomputed preview. */
public class RematchPreviewStale extends StateConflict {

    private final transient RematchPreview preview;

    public RematchPreviewStale(RematchPreview preview) {
        super("the pairings changed since the preview; check the recomputed preview and approve again");
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
