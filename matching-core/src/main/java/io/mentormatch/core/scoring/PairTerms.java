package io.mentormatch.core.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.Weights;

/**
 * The arithmetic of the per-pair soft terms: the facts of one pair (how the specialties relate, the interest
 * cosine, common hours, ranks, last year's pair) in, the points of each term out. {@link PairScorer} and the
 * recommendation index both score through it, each with its own way of looking the facts up, so that they
 * cannot disagree on a single point.
 */
public final class PairTerms {

    /** Availability counts fully from this many common hours a week: enough for a regular meeting. */
    public static final int HOURS_FOR_FULL_AVAILABILITY = 3;

    private static final SpecialtyMatch[] SPECIALTY_MATCHES = SpecialtyMatch.values();

    private final Weights weights;
    private final boolean preferContinuity;
    private final int[] specialtyPoints = new int[SPECIALTY_MATCHES.length];
    private final int[] availabilityPoints = new int[HOURS_FOR_FULL_AVAILABILITY + 1];

    public PairTerms(Weights weights, boolean preferContinuity) {
        this.weights = weights;
        this.preferContinuity = preferContinuity;
        for (SpecialtyMatch match : SPECIALTY_MATCHES) {
            specialtyPoints[match.ordinal()] = ScoreTerm.SPECIALTY.points(weights, match.fraction());
        }
        for (int hours = 0; hours <= HOURS_FOR_FULL_AVAILABILITY; hours++) {
            availabilityPoints[hours] = ScoreTerm.AVAILABILITY.points(weights,
                    (double) hours / HOURS_FOR_FULL_AVAILABILITY);
        }
    }

    public static PairTerms of(Cohort cohort) {
        return new PairTerms(cohort.weights(), cohort.info().preferContinuity());
    }

    public Weights weights() {
        return weights;
    }

    public boolean preferContinuity() {
        return preferContinuity;
    }

    public int specialty(SpecialtyMatch match) {
        return specialtyPoints[match.ordinal()];
    }

    public int interests(double cosine) {
        return ScoreTerm.INTERESTS.points(weights, cosine);
    }

    /**
     * Bounds of {@link #interests} that cost no rounding, for scans that only need to know whether a pair can matter:
     * the points lie within half a point of {@code weight × 10 × cosine}, so within one point of its truncation.
     */
    public int interestsAtLeast(double cosine) {
        return (int) (ScoreTerm.INTERESTS.weight(weights) * ScoreTerm.POINTS_PER_WEIGHT * cosine) - 1;
    }

    /** See {@link #interestsAtLeast}. */
    public int interestsAtMost(double cosine) {
        return (int) (ScoreTerm.INTERESTS.weight(weights) * ScoreTerm.POINTS_PER_WEIGHT * cosine) + 1;
    }

    public int availability(int commonHours) {
        return availabilityPoints[Math.min(HOURS_FOR_FULL_AVAILABILITY, commonHours)];
    }

    /** @param position 1-based position of the mentor in the resident's ranking, 0 when not ranked */
    public int residentRank(int position) {
        return ScoreTerm.RESIDENT_RANK.points(weights, rankFraction(position));
    }

    /** @param position 1-based position of the resident in the mentor's preferred list, 0 when absent */
    public int mentorPreference(int position) {
        return ScoreTerm.MENTOR_PREFERENCE.points(weights, rankFraction(position));
    }

    /** Last year's pair is penalised, unless the cohort asks for continuity. */
    public int repeatPair(boolean previousPair) {
        return previousPair ? repeatSign() * ScoreTerm.REPEAT_PAIR.points(weights, 1) : 0;
    }

    /** The pair score: the sum of every term's points. Allocates nothing. */
    public int total(SpecialtyMatch specialty, double interestCosine, int commonHours, int residentRank,
                     int mentorPreferenceRank, boolean previousPair) {
        return specialty(specialty) + interests(interestCosine) + availability(commonHours)
                + residentRank(residentRank) + mentorPreference(mentorPreferenceRank) + repeatPair(previousPair);
    }

    /** The pair score term by term, with the facts behind it. */
    public PairScore breakdown(SpecialtyMatch specialty, double interestCosine, List<String> sharedInterests,
                               int commonHours, int residentRank, int mentorPreferenceRank, boolean previousPair) {
        Map<ScoreTerm, Integer> points = new EnumMap<>(ScoreTerm.class);
        points.put(ScoreTerm.SPECIALTY, specialty(specialty));
        points.put(ScoreTerm.INTERESTS, interests(interestCosine));
        points.put(ScoreTerm.AVAILABILITY, availability(commonHours));
        points.put(ScoreTerm.RESIDENT_RANK, residentRank(residentRank));
        points.put(ScoreTerm.MENTOR_PREFERENCE, mentorPreference(mentorPreferenceRank));
        points.put(ScoreTerm.REPEAT_PAIR, repeatPair(previousPair));
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        return new PairScore(total, points, specialty, sharedInterests, commonHours, residentRank,
                mentorPreferenceRank, previousPair);
    }

    /** The highest pair score any pair could reach: an optimistic bound for pruning and a scale for relevance. */
    public int maxPossibleScore() {
        int max = specialty(SpecialtyMatch.CAREER_GOAL) + availability(HOURS_FOR_FULL_AVAILABILITY)
                + interests(1) + ScoreTerm.RESIDENT_RANK.points(weights, 1)
                + ScoreTerm.MENTOR_PREFERENCE.points(weights, 1);
        return max + Math.max(0, repeatSign() * ScoreTerm.REPEAT_PAIR.points(weights, 1));
    }

    private int repeatSign() {
        return preferContinuity ? 1 : -1;
    }

    /** 1st choice counts fully, each later choice a fifth less, down to a fifth; not listed counts nothing. */
    static double rankFraction(int position) {
        return position == 0 ? 0 : Math.max(0.2, 1 - 0.2 * (position - 1));
    }

    public static SpecialtyMatch specialtyMatch(Resident resident, String mentorSpecialty) {
        return specialtyMatch(resident.specialty(), resident.careerGoal(), resident.openToOtherSpecialties(),
                mentorSpecialty);
    }

    /** How a mentor's specialty relates to a resident's specialty and career goal. */
    public static SpecialtyMatch specialtyMatch(String residentSpecialty, String careerGoal,
                                                boolean openToOtherSpecialties, String mentorSpecialty) {
        if (SpecialtyTaxonomy.same(mentorSpecialty, careerGoal)) {
            return SpecialtyMatch.CAREER_GOAL;
        }
        if (SpecialtyTaxonomy.same(mentorSpecialty, residentSpecialty)) {
            return SpecialtyMatch.SAME_SPECIALTY;
        }
        if (SpecialtyTaxonomy.related(mentorSpecialty, careerGoal)
                || SpecialtyTaxonomy.related(mentorSpecialty, residentSpecialty)) {
            return SpecialtyMatch.RELATED;
        }
        boolean residentSaidNothing = residentSpecialty.isBlank() && careerGoal.isBlank();
        return openToOtherSpecialties || residentSaidNothing || mentorSpecialty.isBlank()
                ? SpecialtyMatch.OTHER : SpecialtyMatch.OTHER_NOT_OPEN;
    }
}
