package io.mentormatch.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.generate.CohortGenerator;

class ConcurrentUseTest {

    @Test
    void answersLikeAFreshIndexAfterUpdatesRacingWithQueries() throws Exception {
        CohortGenerator generator = new CohortGenerator(7).withEdgeCases().withTypedInterests(30);
        Cohort cohort = generator.generate(100, 200);
        RecommendationIndex index = RecommendationIndex.of(cohort);
        List<Mentor> current = new ArrayList<>(cohort.mentors());
        List<Mentor> edits = generator.mentorEdits(cohort, 300);
        edits.forEach(edit -> current.replaceAll(mentor -> mentor.id().equals(edit.id()) ? edit : mentor));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> queries = new ArrayList<>();
            for (int q = 0; q < 3; q++) {
                queries.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        Resident resident = cohort.residents().get(i % cohort.residents().size());
                        index.recommendMentors(resident, 10, RecommendOptions.DEFAULT);
                    }
                }));
            }
            pool.submit(() -> edits.forEach(index::updateMentor)).get();
            for (Future<?> query : queries) {
                query.get();
            }
        } finally {
            pool.shutdown();
        }

        RecommendationIndex rebuilt = RecommendationIndex.of(new Cohort(cohort.info(), cohort.weights(), current,
                cohort.residents(), cohort.conflicts(), cohort.declined(), cohort.pinned(), cohort.previousPairs()));
        for (Resident resident : cohort.residents()) {
            assertThat(scores(index.recommendMentors(resident, 10, RecommendOptions.DEFAULT)))
                    .isEqualTo(scores(rebuilt.recommendMentors(resident, 10, RecommendOptions.DEFAULT)));
        }
    }

    private static List<String> scores(List<MentorRecommendation> list) {
        return list.stream().map(r -> r.mentor() + "=" + r.pairScore()).toList();
    }
}
