package io.mentormatch.core.recommend;

/**
 * How to build a list of recommendations.
 *
 * @param skipFullMentors leave out mentors whose current mentees ({@link RecommendationIndex#updateLoads}) fill
 *                        their capacity, e.g. when filling a gap after a decline
 * @param diversity       re-ranking against near-duplicates, or {@link Diversity#OFF}
 */
public record RecommendOptions(boolean skipFullMentors, Diversity diversity) {

    public static final RecommendOptions DEFAULT = new RecommendOptions(false, Diversity.DEFAULT);

    public RecommendOptions withDiversity(Diversity newDiversity) {
        return new RecommendOptions(skipFullMentors, newDiversity);
    }

    public RecommendOptions skippingFullMentors() {
        return new RecommendOptions(true, diversity);
    }
}
