package io.mentormatch.core.scoring;

import java.util.Arrays;

/**
 * One resident's pair scores with every mentor, for the scans that score all 160 M pairs of a national cohort
 * (candidate lists, pricing). It reads {@link PairScorer}'s tables and adds the same terms with the same
 * arithmetic as {@link PairScorer#score}, so a score is the same whichever way it is asked for; what it saves is the
 * per-pair lookups: the resident's interest weights are spread over the vocabulary (the cosine is a walk over the
 * mentor's few terms, summed in the same term order as the merge), and the sparse terms (the resident's ranking,
 * the mentors who listed the resident, last year's mentors) are laid out by mentor once per resident instead of
 * being searched for in every pair.
 * <p>
 * One instance per thread; {@link #load} switches it to another resident. Allocates nothing per pair.
 */
public final class ResidentScoreRow {

    private final PairScorer scorer;
    private final MentorTables mentors;
    private final double[] interestWeight;
    /** Per mentor, the points of the sparse terms (rank, mentor preference, repeat pair) for the loaded resident. */
    private final int[] sparsePoints;
    private int resident = -1;
    private boolean interests;
    private byte[] specialtyRow;
    /** The sparse terms' points of a mentor the resident did not rank, is not listed by and did not have. */
    private int constantPoints;
    private long hours0;
    private long hours1;
    private long hours2;

    public ResidentScoreRow(PairScorer scorer) {
        this.scorer = scorer;
        this.mentors = scorer.mentorTables();
        interestWeight = new double[mentors.vocabulary];
        sparsePoints = new int[scorer.mentorCount()];
    }

    /** The mentors' data in flat arrays, and for each resident the mentors that listed it: built once per scorer. */
    static final class MentorTables {

        final int vocabulary;
        final int[] termStart;
        final int[] terms;
        final double[] weights;
        /** Per resident: mentor, 1-based position of the resident in its preferred list, mentor, position, ... */
        final int[][] listedBy;

        MentorTables(PairScorer scorer) {
            int mentorCount = scorer.mentorCount();
            int vocabulary = 0;
            termStart = new int[mentorCount + 1];
            for (int m = 0; m < mentorCount; m++) {
                termStart[m + 1] = termStart[m] + scorer.mentorInterests[m].terms().length;
            }
            terms = new int[termStart[mentorCount]];
            weights = new double[terms.length];
            for (int m = 0; m < mentorCount; m++) {
                InterestProfile profile = scorer.mentorInterests[m];
                System.arraycopy(profile.terms(), 0, terms, termStart[m], profile.terms().length);
                System.arraycopy(profile.weights(), 0, weights, termStart[m], profile.weights().length);
            }
            for (InterestProfile profile : scorer.mentorInterests) {
                vocabulary = Math.max(vocabulary, maxTerm(profile) + 1);
            }
            for (InterestProfile profile : scorer.residentInterests) {
                vocabulary = Math.max(vocabulary, maxTerm(profile) + 1);
            }
            this.vocabulary = vocabulary;
            int residents = scorer.residentCount();
            int[] count = new int[residents];
            for (int[] list : scorer.preferredBy) {
                for (int i = 0; i < list.length; i++) {
                    if (firstAt(list, i)) {
                        count[list[i]]++;
                    }
                }
            }
            listedBy = new int[residents][];
            for (int r = 0; r < residents; r++) {
                listedBy[r] = new int[2 * count[r]];
            }
            Arrays.fill(count, 0);
            for (int m = 0; m < mentorCount; m++) {
                int[] list = scorer.preferredBy[m];
                for (int i = 0; i < list.length; i++) {
                    if (firstAt(list, i)) {
                        int r = list[i];
                        listedBy[r][count[r]++] = m;
                        listedBy[r][count[r]++] = i + 1;
                    }
                }
            }
        }

        private static int maxTerm(InterestProfile profile) {
            return profile.terms().length == 0 ? -1 : profile.terms()[profile.terms().length - 1];
        }
    }

    /** Whether list[i] is the value's first occurrence: positions count from the first, as in the scorer. */
    private static boolean firstAt(int[] list, int i) {
        for (int j = 0; j < i; j++) {
            if (list[j] == list[i]) {
                return false;
            }
        }
        return true;
    }

    /** Switches to resident r. */
    public void load(int r) {
        if (resident >= 0) {
            clear(resident);
        }
        resident = r;
        InterestProfile profile = scorer.residentInterests[r];
        interests = !profile.isEmpty();
        for (int i = 0; i < profile.terms().length; i++) {
            interestWeight[profile.terms()[i]] = profile.weights()[i];
        }
        specialtyRow = scorer.specialtyMatch[r];
        constantPoints = scorer.rankPoints[0] + scorer.preferencePoints[0]
                + (scorer.previousMentors[r].length == 0 ? 0 : scorer.terms.repeatPair(false));
        hours0 = scorer.residentHours[3 * r];
        hours1 = scorer.residentHours[3 * r + 1];
        hours2 = scorer.residentHours[3 * r + 2];
        int[] ranking = scorer.ranking[r];
        for (int i = 0; i < ranking.length; i++) {
            if (firstAt(ranking, i)) {
                sparsePoints[ranking[i]] += scorer.rankPoints[i + 1] - scorer.rankPoints[0];
            }
        }
        int[] listedBy = mentors.listedBy[r];
        for (int i = 0; i < listedBy.length; i += 2) {
            sparsePoints[listedBy[i]] += scorer.preferencePoints[listedBy[i + 1]] - scorer.preferencePoints[0];
        }
        int[] previous = scorer.previousMentors[r];
        for (int i = 0; i < previous.length; i++) {
            if (firstAt(previous, i)) {
                sparsePoints[previous[i]] += scorer.terms.repeatPair(true) - scorer.terms.repeatPair(false);
            }
        }
    }

    private void clear(int r) {
        for (int term : scorer.residentInterests[r].terms()) {
            interestWeight[term] = 0;
        }
        for (int m : scorer.ranking[r]) {
            sparsePoints[m] = 0;
        }
        int[] listedBy = mentors.listedBy[r];
        for (int i = 0; i < listedBy.length; i += 2) {
            sparsePoints[listedBy[i]] = 0;
        }
        for (int m : scorer.previousMentors[r]) {
            sparsePoints[m] = 0;
        }
    }

    /** Whether no hard rule forbids the pair of the loaded resident and mentor m. */
    public boolean compatible(int m) {
        return scorer.compatible(resident, m);
    }

    /** The pair score of the loaded resident and mentor m: equal to {@code scorer.score(resident, m)}. */
    public int score(int m) {
        return interests ? scoreWithoutInterests(m) + interestPoints(m) : scoreWithoutInterests(m);
    }

    /** Every term but the interests, the dearest one to compute: with {@link #interestPointsAtMost} a bound. */
    public int scoreWithoutInterests(int m) {
        int hours = Long.bitCount(hours0 & scorer.mentorHours[3 * m])
                + Long.bitCount(hours1 & scorer.mentorHours[3 * m + 1])
                + Long.bitCount(hours2 & scorer.mentorHours[3 * m + 2]);
        return scorer.specialtyPoints[specialtyRow[scorer.mentorSpecialty[m]]]
                + scorer.availabilityPoints[Math.min(PairTerms.HOURS_FOR_FULL_AVAILABILITY, hours)]
                + constantPoints + sparsePoints[m];
    }

    /** The interest term of the loaded resident and mentor m; 0 when the resident named no interest. */
    public int interestPoints(int m) {
        return interests ? scorer.terms.interests(cosine(m)) : 0;
    }

    /** The most the interest term can add for the loaded resident (the cosine is at most 1). */
    public int interestPointsAtMost() {
        return interests ? Math.max(scorer.terms.interests(0), scorer.terms.interests(1)) : 0;
    }

    /** The least the interest term can add for the loaded resident (the cosine is at least 0). */
    public int interestPointsAtLeast() {
        return interests ? Math.min(scorer.terms.interests(0), scorer.terms.interests(1)) : 0;
    }

    /** {@link InterestProfile#cosine}: the same products added in the same (ascending term) order, zeros between. */
    private double cosine(int m) {
        double dot = 0;
        for (int i = mentors.termStart[m]; i < mentors.termStart[m + 1]; i++) {
            dot += interestWeight[mentors.terms[i]] * mentors.weights[i];
        }
        return Math.min(1.0, dot);
    }
}
