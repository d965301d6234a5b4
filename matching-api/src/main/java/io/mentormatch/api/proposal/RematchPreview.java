package io.mentormatch.api.proposal;

import java.util.List;

import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/**
 * What a minimal-change re-match would do, before it is applied: the residents needing a new mentor first, then the
 * at most k others who would move, each with the pair scores before and after and the reasons of the new pair.
 *
 * @param othersMoved     how many residents besides those needing a new mentor would move
 * @param pairScoreChange the sum of the moves' pair-score changes
 * @param optimal         whether the engine proved no pairing with at most k others moved is better
 * @param stamp           the current pairings the preview was computed from; an approval carrying it is refused
 *                        once they have changed, so nobody applies moves they did not see
 */
public record RematchPreview(int k, List<String> allowAccepted, List<Move> moves, int othersMoved,
                             long pairScoreChange, boolean optimal, String stamp) {

    /**
     * One resident whose mentor would change.
     *
     * @param pairingId   the resident's current pairing (a proposal id), null when they have none
     * @param fromMentor  the current mentor's code, null when none
     * @param toMentor    the new mentor's code, null when the engine found none (only for a resident needing one)
     * @param needed      whether the resident is one who needs a new mentor (false: one of the k others)
     * @param accepted    whether the current pairing is accepted (then the director allowed it to move)
     * @param reasons     why the new pair fits, or why no mentor was found
     */
    public record Move(long residentId, String resident, String residentName, Long pairingId, String fromMentor,
                       String fromMentorName, Long toMentorId, String toMentor, String toMentorName, int scoreBefore,
                       int scoreAfter, int scoreChange, boolean needed, boolean accepted, List<String> reasons) {
    }

    /**
     * The preview as the director reads it: each move's reasons name the resident and the new mentor. The engine's
     * reasons stay the resident's, since applying the preview stores them with the new proposals.
     */
    public RematchPreview forDirector() {
        return new RematchPreview(k, allowAccepted, moves.stream().map(m -> new Move(m.residentId(), m.resident(),
                m.residentName(), m.pairingId(), m.fromMentor(), m.fromMentorName(), m.toMentorId(), m.toMentor(),
                m.toMentorName(), m.scoreBefore(), m.scoreAfter(), m.scoreChange(), m.needed(), m.accepted(),
                m.toMentorName() == null ? m.reasons() : PairExplainer.forAudience(m.reasons(), Audience.DIRECTOR,
                        m.residentName(), m.toMentorName()))).toList(), othersMoved, pairScoreChange, optimal, stamp);
    }
}
