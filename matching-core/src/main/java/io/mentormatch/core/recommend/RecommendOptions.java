package io.mentormatch.core.recommend;

/**
 * How to build a list of recommendations.
 *
 * @param skipFullMentors leave out mentors whose current mentees ({@link RecommendationIndex#updateLoads}) fill
 *                        their capacity, e.g. when filling a gap after a decline
 * @param diversity       re-ranking against near-duplicates, or {@link Diversity#OFF}
 * @param blindToMentorPreferences score mentors for a resident as if no mentor had named them: what a resident is
 *                        shown must not tell them who preferred them
 */
public record RecommendOptions(boolean skipFullMentors, Diversity diversity, boolean blindToMentorPreferences) {

    public static final RecommendOptions DEFAULT = new RecommendOptions(false, Diversity.DEFAULT, false);

    public RecommendOptions(boolean skipFullMentors, Diversity diversity) {
        this(skipFullMentors, diversity, false);
    }

    public RecommendOptions withDiversity(Diversity newDiversity) {
        return new RecommendOptions(skipFullMentors, newDiversity, blindToMentorPreferences);
    }

    public RecommendOptions skippingFullMentors() {
        return new RecommendOptions(true, diversity, blindToMentorPreferences);
    }

    public RecommendOptions blindedToMentorPreferences() {
        return new RecommendOptions(skipFullMentors, diversity, true);
    }
}
