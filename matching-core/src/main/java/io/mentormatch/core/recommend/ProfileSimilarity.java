package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.InterestProfile;
import io.mentormatch.core.scoring.SpecialtyMatch;
import io.mentormatch.core.scoring.SpecialtyTaxonomy;

/**
 * What "similar" means for two people of the same side (two mentors, or two residents): they would suit the same
 * people. The pair score rewards two things about a person alone, their specialty and their interests, so
 * similarity is the agreement on both, weighed as the cohort weighs the two terms: the same specialty counts
 * fully, a related one as much as the pair score counts a related specialty, and interests by the cosine of
 * their TF-IDF vectors. Availability, ranks and capacity are left out: they say when and whether someone can
 * mentor, not whom they suit, and the pair score weighs them for each pair anyway.
 * <p>
 * The one definition used both to find alternatives to a mentor and to keep near-copies out of a top-k list.
 */
public final class ProfileSimilarity {

    /** From this similarity on, two people are near-duplicates: same specialty and largely the same interests. */
    public static final double NEAR_DUPLICATE = 0.75;

    private static final double PRECISION = 1e9;
    private static final double RELATED_SPECIALTY =
            SpecialtyMatch.RELATED.fraction() / SpecialtyMatch.CAREER_GOAL.fraction();

    private record SpecialtyPair(String a, String b) {
    }

    private final double specialtyShare;
    /** Comparing names through the taxonomy allocates; a cohort has a few dozen specialties. */
    private final Map<SpecialtyPair, Double> specialtyByPair = new ConcurrentHashMap<>();

    /** With the cohort's weights; when both terms are ignored, specialty and interests count half each. */
    public ProfileSimilarity(Weights weights) {
        int total = weights.specialty() + weights.interests();
        this.specialtyShare = total == 0 ? 0.5 : (double) weights.specialty() / total;
    }

    /**
     * In [0, 1]: 1 for the same specialty and the same interests, 0 for unrelated specialties and no shared
     * interest. Rounded to nine decimals: the last bits of a cosine depend on the order in which the index
     * numbered the terms, which differs between an updated index and a rebuilt one, and must not decide ties.
     */
    public double between(String specialtyA, InterestProfile interestsA, String specialtyB,
                          InterestProfile interestsB) {
        double similarity = specialtyShare * specialty(specialtyA, specialtyB)
                + (1 - specialtyShare) * interestsA.cosine(interestsB);
        return Math.rint(similarity * PRECISION) / PRECISION;
    }

    /** How much of a near-duplicate the pair is: 0 below {@link #NEAR_DUPLICATE}, rising to 1 for identical profiles. */
    public static double redundancy(double similarity) {
        return Math.max(0, (similarity - NEAR_DUPLICATE) / (1 - NEAR_DUPLICATE));
    }

    private double specialty(String a, String b) {
        return specialtyByPair.computeIfAbsent(new SpecialtyPair(a, b), pair -> specialtyUncached(a, b));
    }

    private static double specialtyUncached(String a, String b) {
        if (SpecialtyTaxonomy.same(a, b)) {
            return 1;
        }
        return SpecialtyTaxonomy.related(a, b) ? RELATED_SPECIALTY : 0;
    }

    /** What two mentors have in common, in words; shared interests alphabetically, as the second names them. */
    static List<String> reasons(String specialtyA, InterestProfile interestsA, String specialtyB,
                                InterestProfile interestsB) {
        List<String> reasons = new ArrayList<>();
        double specialty = specialtyUncached(specialtyA, specialtyB);
        if (specialty == 1) {
            reasons.add("Same specialty: " + specialtyB);
        } else if (specialty > 0) {
            reasons.add("Related specialty: " + specialtyB);
        }
        List<String> shared = interestsB.shared(interestsA).stream().sorted().toList();
        if (!shared.isEmpty()) {
            reasons.add((shared.size() == 1 ? "1 shared interest: " : shared.size() + " shared interests: ")
                    + String.join(", ", shared));
        }
        return reasons;
    }
}
