package io.mentormatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class InterestIndexReplaceTest {

    private final List<List<String>> documents = new ArrayList<>(List.of(
            List.of("wellness", "echocardiography"),
            List.of("Wellness", "QI"),
            List.of("quality improvement", "ethics"),
            List.of("wellness")));

    @Test
    void weighsTermsAfterAReplacementAsAFreshIndexWould() {
        InterestIndex index = InterestIndex.of(documents);

        int[] changed = index.replace(documents.get(1), List.of("ethics", "global health"));
        documents.set(1, List.of("ethics", "global health"));
        InterestIndex fresh = InterestIndex.of(documents);

        for (String term : List.of("wellness", "quality improvement", "ethics", "global health", "echocardiography")) {
            assertThat(index.idf(term)).as(term).isEqualTo(fresh.idf(term));
        }
        assertThat(changed).hasSize(4);
        for (List<String> document : documents) {
            InterestProfile updated = index.profile(document);
            InterestProfile rebuilt = fresh.profile(document);
            assertThat(updated.labels()).containsExactlyInAnyOrderElementsOf(rebuilt.labels());
            assertThat(updated.cosine(index.profile(documents.get(0))))
                    .isCloseTo(rebuilt.cosine(fresh.profile(documents.get(0))), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void reportsNoChangeWhenTheTermsStayTheSame() {
        InterestIndex index = InterestIndex.of(documents);

        assertThat(index.replace(documents.get(0), List.of("Echocardiography", "WELLNESS"))).isEmpty();
    }

    @Test
    void reweightsAProfileToTheCurrentFrequencies() {
        InterestIndex index = InterestIndex.of(documents);
        InterestProfile before = index.profile(documents.get(0));

        index.replace(documents.get(3), List.of("echocardiography"));

        InterestProfile reweighted = index.reweighted(before);
        assertThat(reweighted.labels()).isEqualTo(before.labels());
        assertThat(reweighted.weights()).isEqualTo(index.profile(documents.get(0)).weights());
        assertThat(reweighted.weights()).isNotEqualTo(before.weights());
    }
}
