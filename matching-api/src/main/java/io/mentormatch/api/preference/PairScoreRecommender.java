package io.mentormatch.api.preference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.PairScorer;

/**
 * Until the recommendation engine is wired in: the compatible mentors ranked by the pair scorer, the same
 * number the matching maximises, with the explainer's reasons.
 */
@Component
class PairScoreRecommender implements MentorRecommender {

    @Override
    public List<RecommendedMentor> recommend(Cohort cohort, ResidentId resident, int limit) {
        PairScorer scorer = PairScorer.of(cohort);
        PairExplainer explainer = new PairExplainer(scorer);
        int r = scorer.residentIndex(resident);
        List<RecommendedMentor> candidates = new ArrayList<>();
        for (int m = 0; m < scorer.mentorCount(); m++) {
            if (scorer.compatible(r, m)) {
                Mentor mentor = scorer.mentor(m);
                candidates.add(new RecommendedMentor(mentor.id().value(), mentor.name(), mentor.specialty(),
                        scorer.score(r, m), explainer.reasons(r, m)));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(RecommendedMentor::pairScore).reversed()
                        .thenComparing(RecommendedMentor::mentorId))
                .limit(limit)
                .toList();
    }
}
