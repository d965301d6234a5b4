package io.mentormatch.core.util;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.fixture.Seeds;

class TopKTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void keepsTheKSmallestKeysAsASortWould(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = between(random, 0, 12);
        long[] keys = random.longs(between(random, 0, 60), -50, 50).toArray();
        TopK top = new TopK(k);

        for (long key : keys) {
            boolean accepted = top.accepts(key);
            long[] before = top.sorted();
            top.offer(key);
            assertThat(!Arrays.equals(before, top.sorted())).as("accepts(%d) foretells whether it enters", key)
                    .isEqualTo(accepted);
        }

        long[] expected = Arrays.stream(keys).sorted().limit(k).toArray();
        assertThat(top.sorted()).containsExactly(expected);
        assertThat(top.size()).isEqualTo(expected.length);
    }

    @Test
    void acceptsNothingWhenKIsZero() {
        TopK top = new TopK(0);

        top.offer(1);

        assertThat(top.accepts(Long.MIN_VALUE)).isFalse();
        assertThat(top.sorted()).isEmpty();
    }

    @Test
    void turnsAwayAKeyNoSmallerThanTheWeakestKept() {
        TopK top = new TopK(2);
        top.offer(5);
        top.offer(3);

        assertThat(top.accepts(5)).isFalse();
        assertThat(top.accepts(4)).isTrue();
    }

    @Test
    void startsAfreshAfterClear() {
        TopK top = new TopK(2);
        top.offer(1);
        top.offer(2);

        top.clear();
        top.offer(9);

        assertThat(top.sorted()).containsExactly(9);
    }

    @Test
    void ranksHigherScoresFirstAndEqualScoresByLowerIndex() {
        TopK top = new TopK(3);
        top.offer(TopK.key(10, 7));
        top.offer(TopK.key(-4, 0));
        top.offer(TopK.key(10, 2));
        top.offer(TopK.key(12, 9));

        long[] best = top.sorted();

        assertThat(Arrays.stream(best).mapToInt(TopK::indexOf)).containsExactly(9, 2, 7);
        assertThat(Arrays.stream(best).mapToInt(TopK::scoreOf)).containsExactly(12, 10, 10);
    }

    @Test
    void rejectsANegativeK() {
        assertThatThrownBy(() -> new TopK(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
