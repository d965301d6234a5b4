package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Seeds.Draw.between;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;

class MinimalChangeRematchTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(300)
    void equalsBruteForceOnSmallCohorts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MinimalChangeRematch.Request request = randomRequest(random, between(random, 1, 7), between(random, 1, 4))
                .allowingMoves(between(random, 0, 3));
        request = request.allowingAcceptedToMove(someOf(random, request.accepted()));

        MinimalChangeRematch.Result result = MinimalChangeRematch.solve(request);

        PairScorer scorer = PairScorer.of(request.cohort());
        assertAllowed(scorer, request, result);
        assertThat(result.optimal()).isTrue();
        assertThat(value(scorer, result)).isEqualTo(bruteForceBest(scorer, request));
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void movesNobodyElseByDefault(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MinimalChangeRematch.Request request = randomRequest(random, between(random, 5, 40), between(random, 2, 15));

        MinimalChangeRematch.Result result = MinimalChangeRematch.solve(request);

        assertThat(result.othersMoved()).isZero();
        assertThat(result.moves()).allMatch(MinimalChangeRematch.Move::needed);
        assertAllowed(PairScorer.of(request.cohort()), request, result);
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(40)
    void allowingMoreMovesNeverLowersTheTotal(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MinimalChangeRematch.Request request = randomRequest(random, between(random, 5, 30), between(random, 2, 12));
        PairScorer scorer = PairScorer.of(request.cohort());

        Oracles.Value previous = null;
        for (int k = 0; k <= 4; k++) {
            MinimalChangeRematch.Result result = MinimalChangeRematch.solve(request.allowingMoves(k));
            assertAllowed(scorer, request.allowingMoves(k), result);
            Oracles.Value value = value(scorer, result);
            if (previous != null) {
                assertThat(value).isGreaterThanOrEqualTo(previous);
            }
            previous = value;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(40)
    void acceptedPairsStayUnlessTheDirectorLetsThemMove(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MinimalChangeRematch.Request base = randomRequest(random, between(random, 5, 30), between(random, 2, 12));
        Set<ResidentId> everyoneMatched = new HashSet<>(base.current().keySet());
        everyoneMatched.removeAll(base.needing().keySet());
        MinimalChangeRematch.Request allAccepted = new MinimalChangeRematch.Request(base.cohort(), base.current(),
                everyoneMatched, base.needing(), 10, Set.of());

        MinimalChangeRematch.Result result = MinimalChangeRematch.solve(allAccepted);

        assertThat(result.moves()).allMatch(move -> move.needed() || !everyoneMatched.contains(move.resident()));
        MinimalChangeRematch.Result allowed = MinimalChangeRematch.solve(
                allAccepted.allowingAcceptedToMove(everyoneMatched));
        assertThat(value(PairScorer.of(base.cohort()), allowed))
                .isGreaterThanOrEqualTo(value(PairScorer.of(base.cohort()), result));
    }

    @Test
    void explainsEveryMoveWithTheScoreChange() {
        SplittableRandom random = new SplittableRandom(11);
        MinimalChangeRematch.Request request = randomRequest(random, 30, 12).allowingMoves(3);
        PairScorer scorer = PairScorer.of(request.cohort());

        MinimalChangeRematch.Result result = MinimalChangeRematch.solve(request);

        long change = 0;
        for (MinimalChangeRematch.Move move : result.moves()) {
            int r = scorer.residentIndex(move.resident());
            int before = move.from() == null ? 0 : scorer.score(r, scorer.mentorIndex(move.from()));
            int after = move.to() == null ? 0 : scorer.score(r, scorer.mentorIndex(move.to()));
            assertThat(move.scoreChange()).isEqualTo(after - before);
            assertThat(move.reasons()).isNotEmpty();
            change += move.scoreChange();
        }
        assertThat(result.pairScoreChange()).isEqualTo(change);
        assertThat(result.moves()).extracting(MinimalChangeRematch.Move::resident)
                .containsAll(request.needing().keySet());
    }

    /**
     * A random cohort, its exact assignment as the current pairing, about a third of the pairs accepted, and one or
     * two matched residents needing a new mentor, each also refusing a random mentor.
     */
    private static MinimalChangeRematch.Request randomRequest(SplittableRandom random, int residents, int mentors) {
        Cohort cohort = new CohortGenerator(random.nextLong()).withEdgeCases().generate(residents, mentors);
        PairScorer scorer = PairScorer.of(cohort);
        Matching matching = ExactAssignment.solve(scorer).matching();
        Map<ResidentId, MentorId> current = new HashMap<>();
        Set<ResidentId> accepted = new HashSet<>();
        for (int r = 0; r < residents; r++) {
            int m = matching.mentorOf()[r];
            if (m != Matching.UNMATCHED) {
                current.put(scorer.resident(r).id(), scorer.mentor(m).id());
                if (random.nextInt(3) == 0) {
                    accepted.add(scorer.resident(r).id());
                }
            }
        }
        Map<ResidentId, Set<MentorId>> needing = new HashMap<>();
        int wanted = between(random, 1, 2);
        for (int tries = 0; tries < 3 * residents && needing.size() < wanted; tries++) {
            ResidentId id = scorer.resident(random.nextInt(residents)).id();
            if (current.containsKey(id)) {
                Set<MentorId> forbidden = random.nextBoolean() ? Set.of()
                        : Set.of(scorer.mentor(random.nextInt(mentors)).id());
                needing.put(id, forbidden);
            }
        }
        return MinimalChangeRematch.Request.of(cohort, current, accepted, needing);
    }

    private static Set<ResidentId> someOf(SplittableRandom random, Set<ResidentId> residents) {
        Set<ResidentId> some = new HashSet<>();
        residents.stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(id -> {
                    if (random.nextBoolean()) {
                        some.add(id);
                    }
                });
        return some;
    }

    private static Oracles.Value value(PairScorer scorer, MinimalChangeRematch.Result result) {
        long sum = 0;
        for (Map.Entry<ResidentId, MentorId> pair : result.pairing().entrySet()) {
            sum += scorer.score(pair.getKey(), pair.getValue());
        }
        assertThat(sum).isEqualTo(result.pairScoreTotal());
        return new Oracles.Value(result.matched(), sum);
    }

    /** The rules of a re-match, checked on the result. */
    private static void assertAllowed(PairScorer scorer, MinimalChangeRematch.Request request,
                                      MinimalChangeRematch.Result result) {
        Rules rules = new Rules(scorer, request);
        int[] after = new int[scorer.residentCount()];
        for (int r = 0; r < after.length; r++) {
            MentorId mentor = result.pairing().get(scorer.resident(r).id());
            after[r] = mentor == null ? Matching.UNMATCHED : scorer.mentorIndex(mentor);
        }
        assertThat(rules.allows(after)).as("the re-match keeps every rule").isTrue();
        assertThat(rules.othersMoved(after)).isEqualTo(result.othersMoved());
    }

    private static Oracles.Value bruteForceBest(PairScorer scorer, MinimalChangeRematch.Request request) {
        Rules rules = new Rules(scorer, request);
        Oracles.Value[] best = {null};
        enumerate(scorer, 0, new int[scorer.residentCount()], mentorOf -> {
            if (rules.allows(mentorOf)) {
                Oracles.Value value = Oracles.Value.of(scorer, new Matching(mentorOf));
                if (best[0] == null || value.compareTo(best[0]) > 0) {
                    best[0] = value;
                }
            }
        });
        return best[0];
    }

    private static void enumerate(PairScorer scorer, int r, int[] mentorOf, Oracles.Visitor visitor) {
        if (r == mentorOf.length) {
            visitor.visit(mentorOf.clone());
            return;
        }
        for (int m = -1; m < scorer.mentorCount(); m++) {
            mentorOf[r] = m;
            enumerate(scorer, r + 1, mentorOf, visitor);
        }
    }

    /** The definition of a valid re-match, written independently of the solver. */
    private static final class Rules {

        private final PairScorer scorer;
        private final MinimalChangeRematch.Request request;
        private final int[] current;
        private final Set<Integer> fixed = new HashSet<>();

        Rules(PairScorer scorer, MinimalChangeRematch.Request request) {
            this.scorer = scorer;
            this.request = request;
            current = new int[scorer.residentCount()];
            for (int r = 0; r < current.length; r++) {
                MentorId mentor = request.current().get(scorer.resident(r).id());
                current[r] = mentor != null ? scorer.mentorIndex(mentor) : scorer.pinnedMentor(r);
            }
            Set<ResidentId> accepted = new HashSet<>(request.accepted());
            request.cohort().pinned().stream().map(Pair::resident).forEach(accepted::add);
            for (ResidentId id : accepted) {
                if (!request.needing().containsKey(id) && !request.acceptedMayMove().contains(id)) {
                    fixed.add(scorer.residentIndex(id));
                }
            }
        }

        boolean needing(int r) {
            return request.needing().containsKey(scorer.resident(r).id());
        }

        int othersMoved(int[] mentorOf) {
            int moved = 0;
            for (int r = 0; r < mentorOf.length; r++) {
                moved += !needing(r) && mentorOf[r] != current[r] ? 1 : 0;
            }
            return moved;
        }

        boolean allows(int[] mentorOf) {
            int[] load = new int[scorer.mentorCount()];
            int[] held = new int[scorer.mentorCount()];
            for (int r = 0; r < mentorOf.length; r++) {
                int m = mentorOf[r];
                if (!needing(r) && current[r] != Matching.UNMATCHED) {
                    held[current[r]]++;
                }
                if (m != Matching.UNMATCHED) {
                    load[m]++;
                }
                if (needing(r)) {
                    if (m != Matching.UNMATCHED && (m == current[r] || !scorer.compatible(r, m)
                            || request.needing().get(scorer.resident(r).id()).contains(scorer.mentor(m).id()))) {
                        return false;
                    }
                } else if (fixed.contains(r) && current[r] != Matching.UNMATCHED) {
                    if (m != current[r]) {
                        return false;
                    }
                } else if (current[r] != Matching.UNMATCHED && m == Matching.UNMATCHED) {
                    return false;
                } else if (m != Matching.UNMATCHED && m != current[r] && !scorer.compatible(r, m)) {
                    return false;
                }
            }
            for (int m = 0; m < load.length; m++) {
                if (load[m] > Math.max(scorer.capacity(m), held[m])) {
                    return false;
                }
            }
            return othersMoved(mentorOf) <= request.maxOtherMoves();
        }
    }
}
