package io.mentormatch.api.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScore;
import io.mentormatch.core.scoring.PairTerms;
import io.mentormatch.core.scoring.ScoreTerm;

/**
 * The one scale of a pair's fit that people read: a pair score as a percentage of the best fit possible under the
 * cohort's weights. Every page, CSV and e-mail says a fit this way; the API keeps the raw pair score beside it, and
 * the command line keeps the raw score alone.
 * <p>
 * The best fit possible is the pair score of an ideal pair, each term at its highest: the mentor's specialty is the
 * resident's career goal, every interest shared, {@value PairTerms#HOURS_FOR_FULL_AVAILABILITY} or more common hours
 * a week, the resident's 1st choice, the mentor's 1st named resident, and last year's pair where the cohort asks for
 * continuity (no repeat otherwise, since a repeat then costs points): {@link PairTerms#maxPossibleScore()}, which sums
 * each term's highest points under the weights. A percentage is rounded down, so 100 % means an ideal pair; a pair
 * score below zero (a specialty the resident did not want, a repeat) is 0 %. With every weight 0 every pair is ideal.
 *
 * @param best the best pair score possible, the scale's 100 %
 */
public record FitScale(PairTerms terms, int best) {

    /** A fit below this percentage of the best possible is low: a fixed share, so it stays put when pairings change. */
    public static final int LOW_FIT_PERCENT = 40;

    public static FitScale of(Weights weights, boolean preferContinuity) {
        PairTerms terms = new PairTerms(weights, preferContinuity);
        return new FitScale(terms, terms.maxPossibleScore());
    }

    /** The scale of the cohort's layer: the peer layer has weights of its own. */
    public static FitScale of(CohortEntity cohort, Layer layer) {
        return of(layer == Layer.PEER ? cohort.getPeerWeights() : cohort.getWeights(), cohort.isPreferContinuity());
    }

    /** The scale of the cohort's layer, from the cohort as the pages show it. */
    public static FitScale of(CohortView cohort, Layer layer) {
        return of((layer == Layer.PEER ? cohort.peerWeights() : cohort.weights()).toWeights(),
                cohort.preferContinuity());
    }

    /** The pair score's fit, 0 to 100. */
    public int percent(int pairScore) {
        if (best <= 0) {
            return 100;
        }
        return (int) Math.max(0, Math.min(100, Math.floorDiv(100L * pairScore, best)));
    }

    /** The average fit of these pair scores (the fit of their mean), 0 to 100 (rounded); 0 when there are none. */
    public int averagePercent(Collection<Integer> pairScores) {
        return averagePercent(pairScores.stream().mapToLong(Integer::longValue).sum(), pairScores.size());
    }

    /** The average fit of {@code pairs} pairs whose pair scores add up to {@code total}, 0 to 100 (rounded). */
    public int averagePercent(long total, long pairs) {
        if (pairs == 0) {
            return 0;
        }
        if (best <= 0) {
            return 100;
        }
        return (int) Math.max(0, Math.min(100, Math.round(100.0 * total / ((double) pairs * best))));
    }

    /** The lowest pair score whose fit is not low: a pair score below it is below {@link #LOW_FIT_PERCENT}. */
    public int lowScoreBelow() {
        return Math.max(0, (int) Math.ceil(best * LOW_FIT_PERCENT / 100.0));
    }

    /**
     * What each term the cohort weighs gave the pair, in percentage points of the best fit, beside the most it could
     * give: the parts shown on hover or focus. They add up to the pair's fit but for rounding.
     */
    public List<FitPart> parts(PairScore score) {
        List<FitPart> parts = new ArrayList<>();
        for (ScoreTerm term : ScoreTerm.values()) {
            int most = bestPoints(term);
            if (term.weight(terms.weights()) > 0 && best > 0 && most > 0) {
                parts.add(new FitPart(term, share(score.points(term)), share(most)));
            }
        }
        return parts;
    }

    /** The term's highest points: what it adds to {@link PairTerms#maxPossibleScore()}. */
    private int bestPoints(ScoreTerm term) {
        return switch (term) {
            case REPEAT_PAIR -> Math.max(0, terms.repeatPair(true));
            default -> term.points(terms.weights(), 1);
        };
    }

    private int share(int points) {
        return (int) Math.round(100.0 * points / best);
    }

    /**
     * One term's part of a pair's fit.
     *
     * @param percent percentage points of the best fit this term gave the pair (below zero for a penalty)
     * @param most    the most this term can give, in percentage points of the best fit
     */
    public record FitPart(ScoreTerm term, int percent, int most) {

        /** The term's name for a director. */
        public String name() {
            return switch (term) {
                case SPECIALTY -> "Specialty";
                case INTERESTS -> "Shared interests";
                case AVAILABILITY -> "Common hours";
                case RESIDENT_RANK -> "Resident's ranking";
                case MENTOR_PREFERENCE -> "Mentor's wish";
                case REPEAT_PAIR -> "Last year's pair";
            };
        }
    }
}
