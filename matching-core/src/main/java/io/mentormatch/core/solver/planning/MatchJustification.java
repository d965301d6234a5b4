package io.mentormatch.core.solver.planning;

import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a constraint matched, in the words the explanations use. */
public sealed interface MatchJustification extends ConstraintJustification {

    String text();

    /** A rule about one pair: a hard rule it breaks or a soft term it scores. */
    record PairRule(ResidentId resident, MentorId mentor, String text) implements MatchJustification {
    }

    /** A mentor's load: over capacity, or sharing the mentor between several mentees. */
    record MentorLoad(MentorId mentor, int load, String text) implements MatchJustification {
    }

    /** A mentoring family that can meet together. */
    record Family(MentorId mentor, int members, String text) implements MatchJustification {
    }

    record ResidentUnmatched(ResidentId resident, String text) implements MatchJustification {
    }
}
