package io.mentormatch.core.scoring;

import java.util.Arrays;

/**
 * One resident's pair scores with every mentor, for the scans that score all 160 M pairs of a national cohort
 * (candidate lists, pricing). It reads {@link PairScorer}'s tables and adds the same terms with the same
 * arithmetic as {@link PairScorer#score}, so a score is the same whichever way it is asked for; what it saves is the
 * per-pair lookups: the interest cosines of the resident with every mentor are summed at once from the mentors who
 * hold each of the resident's terms (in ascending term order, as the merge adds them), and the sparse terms (the
 * resident's ranking,
 * the mentors who listed the resident, last year's mentors) are laid out by mentor once per resident instead of
 * being searched for in every pair.
 * <p>
 * One instance per thread; {@link #load} switches it to another resident. Allocates nothing per pair.
 */
public final class ResidentScoreRow {

    private final PairScorer scorer;
    private final MentorTables mentors;
    /** Per mentor, the interest dot product with the loaded resident (the cosine before its cap at 1). */
    private final double[] dot;
    /** Per mentor, the points of the sparse terms (rank, mentor preference, repeat pair) for the loaded resident. */
    private final int[] sparsePoints;
    /** Per mentor, whether the cohort or the loaded resident's avoid list bans the pair. */
    private final boolean[] banned;
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
        dot = new double[scorer.mentorCount()];
        sparsePoints = new int[scorer.mentorCount()];
        banned = new boolean[scorer.mentorCount()];
    }

    /** Per interest term the mentors who hold it, and per resident the mentors who listed it: built once per scorer. */
    static final class MentorTables {

        /** The holders of term t and their weights for it are at {@code termStart[t] .. termStart[t + 1] - 1}. */
        final int[] termStart;
        final int[] holders;
        final double[] weights;
        /** Per resident: mentor, 1-based position of the resident in its preferred list, mentor, position, ... */
        final int[][] listedBy;

        MentorTables(PairScorer scorer) {
            int mentorCount = scorer.mentorCount();
            int vocabulary = 0;
            for (InterestProfile profile : scorer.mentorInterests) {
                for (int term : profile.terms()) {
                    vocabulary = Math.max(vocabulary, term + 1);
                }
            }
            termStart = new int[vocabulary + 1];
            for (InterestProfile profile : scorer.mentorInterests) {
                for (int term : profile.terms()) {
                    termStart[term + 1]++;
                }
            }
            for (int t = 0; t < vocabulary; t++) {
                termStart[t + 1] += termStart[t];
            }
            holders = new int[termStart[vocabulary]];
            weights = new double[holders.length];
            int[] next = Arrays.copyOf(termStart, vocabulary);
            for (int m = 0; m < mentorCount; m++) {
                InterestProfile profile = scorer.mentorInterests[m];
                for (int i = 0; i < profile.terms().length; i++) {
                    int at = next[profile.terms()[i]]++;
                    holders[at] = m;
                    weights[at] = profile.weights()[i];
                }
            }
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
        // ascending terms: each mentor's products are added in the merge's order
        for (int i = 0; i < profile.terms().length; i++) {
            int term = profile.terms()[i];
            double weight = profile.weights()[i];
            for (int at = firstHolder(term); at < endOfHolders(term); at++) {
                dot[mentors.holders[at]] += weight * mentors.weights[at];
            }
        }
        for (int m : scorer.bans.mentors[r]) {
            banned[m] = true;
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
            for (int at = firstHolder(term); at < endOfHolders(term); at++) {
                dot[mentors.holders[at]] = 0;
            }
        }
        for (int m : scorer.ranking[r]) {
            sparsePoints[m] = 0;
        }
        for (int m : scorer.bans.mentors[r]) {
            banned[m] = false;
        }
        int[] listedBy = mentors.listedBy[r];
        for (int i = 0; i < listedBy.length; i += 2) {
            sparsePoints[listedBy[i]] = 0;
        }
        for (int m : scorer.previousMentors[r]) {
            sparsePoints[m] = 0;
        }
    }

    /** Whether no hard rule forbids the pair of the loaded resident and mentor m: {@link PairScorer#compatible}. */
    public boolean compatible(int m) {
        return scorer.mentorTakesMentees[m] && !banned[m]
                && (!scorer.requireSameSpecialty || scorer.compatible(resident, m));
    }

    /** The pair score of the loaded resident and mentor m: equal to {@code scorer.score(resident, m)}. */
    public int score(int m) {
        return interests ? scoreWithoutInterests(m) + interestPoints(m) : scoreWithoutInterests(m);
    }

    /** Every term but the interests, whose rounding is the dearest part of a pair's score. */
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

    /** No more than {@link #interestPoints}, without its rounding: with {@link #scoreWithoutInterests} a bound. */
    public int interestPointsAtLeast(int m) {
        return interests ? scorer.terms.interestsAtLeast(cosine(m)) : 0;
    }

    /** No less than {@link #interestPoints}, without its rounding. */
    public int interestPointsAtMost(int m) {
        return interests ? scorer.terms.interestsAtMost(cosine(m)) : 0;
    }

    /** {@link InterestProfile#cosine}: the products of the shared terms, added in ascending term order, capped at 1. */
    private double cosine(int m) {
        return Math.min(1.0, dot[m]);
    }

    private int firstHolder(int term) {
        return term < mentors.termStart.length - 1 ? mentors.termStart[term] : 0;
    }

    /** For a term no mentor holds, 0: no holders. */
    private int endOfHolders(int term) {
        return term < mentors.termStart.length - 1 ? mentors.termStart[term + 1] : 0;
    }
}
