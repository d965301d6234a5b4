package io.mentormatch.api.publication;

import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.core.cohort.Layer;

/** A pairing's state and layer in the words a director reads in an export, never the enum's names. */
final class PairingWords {

    private PairingWords() {
    }

    static String state(ProposalState state) {
        return switch (state) {
            case PROPOSED -> "Waiting for the mentor";
            case ACCEPTED -> "Accepted";
            case DECLINED -> "Declined";
        };
    }

    static String layer(Layer layer) {
        return switch (layer) {
            case PRIMARY -> "Faculty mentor";
            case PEER -> "Peer mentor";
        };
    }
}
