package io.mentormatch.core.cohort;

import java.util.Objects;

/**
 * The second mentoring layer a cohort may turn on: besides a faculty mentor, every resident also gets a senior
 * resident as peer mentor, matched under the same hard rules with the layer's own weights.
 *
 * @param weights the peer layer's soft-rule weights
 */
public record PeerMentoring(Weights weights) {

    public PeerMentoring {
        Objects.requireNonNull(weights, "weights");
    }

    /** The peer layer with the default peer weights. */
    public static PeerMentoring withDefaultWeights() {
        return new PeerMentoring(Weights.PEER_DEFAULT);
    }
}
