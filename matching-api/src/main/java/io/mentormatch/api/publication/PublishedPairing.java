package io.mentormatch.api.publication;

import java.time.ZonedDateTime;
import java.util.List;

import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/**
 * One published pairing as its resident or mentor sees it: the explanation, and the next first-meeting slots
 * from the pair's common weekly availability, in the program's time zone.
 *
 * @param pairScore  the raw pair score, as the solver and the command line count it
 * @param fitPercent the pair score as a percentage of the best fit possible under the cohort's weights
 *                   ({@link io.mentormatch.api.cohort.FitScale}): what people read
 * @param state ACCEPTED, or PROPOSED when the director published over an unanswered proposal
 * @param layer {@code PEER} when the mentor is the resident's senior-resident peer mentor (a cohort with peer
 *              mentoring publishes two pairings per resident), else {@code PRIMARY}
 */
public record PublishedPairing(long pairingId, String resident, String residentName, String residentEmail,
                               String mentor, String mentorName, String mentorEmail, String mentorSpecialty,
                               ProposalState state, int pairScore, int fitPercent, List<String> reasons,
                               List<ZonedDateTime> suggestedFirstMeetings, Layer layer) {

    /** The mentor's copy: the explanation in the mentor's words, without how the resident ranked them. */
    public PublishedPairing forMentor() {
        return forReader(Audience.MENTOR);
    }

    /**
     * This pairing with its explanation (stored in the resident's words) in the words of this reader: the resident
     * reads it as {@link Audience#PAIRED_RESIDENT}, the director as {@link Audience#DIRECTOR}.
     */
    public PublishedPairing forReader(Audience reader) {
        return new PublishedPairing(pairingId, resident, residentName, residentEmail, mentor, mentorName, mentorEmail,
                mentorSpecialty, state, pairScore, fitPercent, PairExplainer.forAudience(reasons, reader, residentName, mentorName),
                suggestedFirstMeetings, layer);
    }

    public boolean peer() {
        return layer == Layer.PEER;
    }

    /** The mentor accepted it; otherwise the director published it while it was still unanswered. */
    public boolean confirmed() {
        return state == ProposalState.ACCEPTED;
    }
}
