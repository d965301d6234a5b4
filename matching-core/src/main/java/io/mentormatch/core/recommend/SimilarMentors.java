package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.scoring.InterestProfile;

/**
 * Alternatives to one mentor of a {@link RecommendationIndex}: the other mentors who take mentees and suit the same
 * residents, reading the index's mentors, interests and seats as they stand.
 */
final class SimilarMentors {

    private final Mentor[] mentors;
    private final InterestProfiles mentorInterests;
    private final int[] seats;
    private final IntUnaryOperator free;
    private final ProfileSimilarity similarity;

    /** @param free a mentor's free places now */
    SimilarMentors(Mentor[] mentors, InterestProfiles mentorInterests, int[] seats, IntUnaryOperator free,
                   ProfileSimilarity similarity) {
        this.mentors = mentors;
        this.mentorInterests = mentorInterests;
        this.seats = seats;
        this.free = free;
        this.similarity = similarity;
    }

    List<SimilarMentor> of(int of, int k, RecommendOptions options) {
        Mentor mentor = mentors[of];
        InterestProfile profile = mentorInterests.get(of);
        double[] similarTo = new double[mentors.length];
        Comparator<Integer> order = Comparator.<Integer>comparingDouble(m -> -similarTo[m])
                .thenComparingInt(m -> -free.applyAsInt(m))
                .thenComparingInt(m -> m);
        List<Integer> ranked = IntStream.range(0, mentors.length)
                .filter(m -> m != of && seats[m] > 0)
                .filter(m -> free.applyAsInt(m) > 0 || !options.skipFullMentors())
                .peek(m -> similarTo[m] = similarity.between(mentor.specialty(), profile,
                        mentors[m].specialty(), mentorInterests.get(m)))
                .boxed().sorted(order).limit(k).toList();
        return ranked.stream().map(m -> {
            List<String> reasons = new ArrayList<>(ProfileSimilarity.reasons(mentor.specialty(), profile,
                    mentors[m].specialty(), mentorInterests.get(m)));
            reasons.add(places(free.applyAsInt(m)));
            return new SimilarMentor(mentors[m].id(), mentors[m].name(), mentors[m].specialty(), similarTo[m],
                    free.applyAsInt(m), reasons);
        }).toList();
    }

    static String places(int free) {
        return free == 1 ? "1 place free" : free + " places free";
    }
}
