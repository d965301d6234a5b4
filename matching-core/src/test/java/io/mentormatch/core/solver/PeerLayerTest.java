package io.mentormatch.core.solver;

import static io.mentormatch.core.fixture.Cohorts.aCohort;
import static io.mentormatch.core.fixture.Mentors.aMentor;
import static io.mentormatch.core.fixture.Residents.aResident;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.PeerMentoring;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.fixture.Seeds;
import io.mentormatch.core.generate.CohortGenerator;
import io.mentormatch.core.scoring.PairScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class PeerLayerTest {

    private static final SolveOptions QUICK = new SolveOptions(MatchingMode.OPTIMAL, Duration.ofMillis(1000));
    private static final Weights PEER = new Weights(2, 9, 9, 7, 1, 0, 3);

    private static Cohort twoLayers() {
        return aCohort()
                .mentors(aMentor("F1"), aMentor("F2"), aMentor("P1").seniorResident(), aMentor("P2").seniorResident())
                .residents(aResident("R1").ranking("P1", "F1", "P2").avoiding("F2", "P2"),
                        aResident("R2").ranking("F2"))
                .conflict("R1", "P1").conflict("R2", "F1")
                .declined("R2", "P2").declined("R1", "F2")
                .pinned("R2", "F2").pinned("R2", "P1")
                .previousPair("R1", "F1").previousPair("R1", "P2")
                .peerMentoring(PEER).familySize(3)
                .build();
    }

    @Test
    void splitsFacultyIntoThePrimaryLayerAndSeniorResidentsIntoThePeerLayer() {
        PeerLayer.Split split = PeerLayer.split(twoLayers());

        assertThat(split.primary().mentors()).extracting(m -> m.id().value()).containsExactly("F1", "F2");
        assertThat(split.peer().mentors()).extracting(m -> m.id().value()).containsExactly("P1", "P2");
        assertThat(split.primary().residents()).hasSize(2);
        assertThat(split.peer().residents()).hasSize(2);
        assertThat(split.primary().residents().get(0).ranking()).containsExactly(MentorId.of("F1"));
        assertThat(split.peer().residents().get(0).ranking()).containsExactly(MentorId.of("P1"), MentorId.of("P2"));
        assertThat(split.primary().residents().get(0).avoid()).containsExactly(MentorId.of("F2"));
        assertThat(split.peer().residents().get(0).avoid()).containsExactly(MentorId.of("P2"));
        assertThat(split.primary().conflicts()).extracting(PairBan::pair).containsExactly(pair("R2", "F1"));
        assertThat(split.peer().conflicts()).extracting(PairBan::pair).containsExactly(pair("R1", "P1"));
        assertThat(split.primary().declined()).extracting(PairBan::pair).containsExactly(pair("R1", "F2"));
        assertThat(split.peer().declined()).extracting(PairBan::pair).containsExactly(pair("R2", "P2"));
        assertThat(split.primary().pinned()).containsExactly(pair("R2", "F2"));
        assertThat(split.peer().pinned()).containsExactly(pair("R2", "P1"));
        assertThat(split.primary().previousPairs()).containsExactly(pair("R1", "F1"));
        assertThat(split.peer().previousPairs()).containsExactly(pair("R1", "P2"));
    }

    @Test
    void givesThePeerLayerItsOwnWeightsAndNoFamilies() {
        PeerLayer.Split split = PeerLayer.split(twoLayers());

        assertThat(split.primary().weights()).isEqualTo(twoLayers().weights());
        assertThat(split.primary().info().familySize()).isEqualTo(3);
        assertThat(split.peer().weights()).isEqualTo(PEER);
        assertThat(split.peer().info().families()).isFalse();
        assertThat(split.primary().peerMentoring()).isNull();
        assertThat(split.peer().peerMentoring()).isNull();
    }

    @Test
    void aOneLayerCohortIsItsOwnPrimaryLayerAndEverySeniorResidentMentorsInIt() {
        Cohort oneLayer = twoLayers().withPeerMentoring(null);

        assertThat(PeerLayer.layer(oneLayer, Layer.PRIMARY)).isSameAs(oneLayer);
        assertThat(oneLayer.mentors()).allSatisfy(m -> assertThat(Layer.of(oneLayer, m)).isEqualTo(Layer.PRIMARY));
    }

    @ParameterizedTest
    @Seeds(4)
    void solvesBothLayersExactlyAndEachResidentGetsAtMostOneMentorOfEachKind(long seed) {
        Cohort generated = new CohortGenerator(seed).generate(60, 30);
        Cohort cohort = generated.withWeights(generated.weights().withLoadBalance(0))
                .withPeerMentoring(new PeerMentoring(Weights.PEER_DEFAULT.withLoadBalance(0)));
        PeerLayer.Split split = PeerLayer.split(cohort);

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);

        Map<String, MentorKind> kinds = cohort.mentors().stream()
                .collect(Collectors.toMap(m -> m.id().value(), Mentor::kind));
        MatchingResult peer = result.peerLayer();
        assertThat(peer).isNotNull();
        assertThat(result.assignments()).allSatisfy(a -> assertThat(kinds.get(a.mentor())).isEqualTo(MentorKind.FACULTY));
        assertThat(peer.assignments()).allSatisfy(a ->
                assertThat(kinds.get(a.mentor())).isEqualTo(MentorKind.SENIOR_RESIDENT));
        assertThat(result.assignments().size() + result.unassigned().size()).isEqualTo(cohort.residents().size());
        assertThat(peer.assignments().size() + peer.unassigned().size()).isEqualTo(cohort.residents().size());
        assertThat(result.pairScoreSum()).isEqualTo(result.bound().pairScoreUpperBound());
        assertThat(peer.pairScoreSum()).isEqualTo(peer.bound().pairScoreUpperBound());
        assertThat(result.assignments()).hasSize(ExactAssignment.solve(PairScorer.of(split.primary())).matching().matched());
        assertThat(peer.assignments()).hasSize(ExactAssignment.solve(PairScorer.of(split.peer())).matching().matched());
        PairScorer peerScorer = PairScorer.of(split.peer());
        assertThat(peer.assignments()).allSatisfy(a -> assertThat(a.pairScore())
                .isEqualTo(peerScorer.score(ResidentId.of(a.resident()), MentorId.of(a.mentor()))));
    }

    @ParameterizedTest
    @Seeds(3)
    void stableModeLeavesNoBlockingPairInEitherLayer(long seed) {
        Cohort cohort = new CohortGenerator(seed).generate(50, 25).withPeerMentoring(PeerMentoring.withDefaultWeights());

        MatchingResult result = new MatchingSolver(cohort, SolveOptions.stable()).solve(SolveProgress.NONE);

        assertThat(result.blockingPairs()).isZero();
        assertThat(result.peerLayer().blockingPairs()).isZero();
        assertThat(result.peerLayer().mode()).isEqualTo("stable");
    }

    @Test
    void aConflictBansThePeerPairAndOnlyThatPair() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").capacity(1), aMentor("P1").seniorResident().capacity(1))
                .residents(aResident("R1").ranking("F1", "P1"))
                .conflict("R1", "P1")
                .peerMentoring(PEER)
                .build();

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);

        assertThat(result.assignments()).extracting(MatchingResult.Assignment::mentor).containsExactly("F1");
        assertThat(result.peerLayer().assignments()).isEmpty();
        assertThat(result.peerLayer().unassigned()).extracting(MatchingResult.Unassigned::resident).containsExactly("R1");
    }

    @Test
    void aOneLayerResultHasNoPeerLayerAndASeniorResidentMentorsAsBefore() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1").capacity(1), aMentor("P1").seniorResident().capacity(1))
                .residents(aResident("R1").ranking("F1"), aResident("R2").ranking("P1"))
                .build();

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        CohortFile.JSON.writeValue(json, result);

        assertThat(result.peerLayer()).isNull();
        assertThat(json.toString(StandardCharsets.UTF_8)).doesNotContain("peerLayer");
        Map<String, String> mentorOf = result.assignments().stream().collect(Collectors.toMap(
                MatchingResult.Assignment::resident, MatchingResult.Assignment::mentor));
        assertThat(mentorOf).isEqualTo(Map.of("R1", "F1", "R2", "P1"));
    }

    @Test
    void explainsEachPairWithItsRankAmongTheMentorsOfItsLayer() {
        Cohort cohort = aCohort()
                .mentors(aMentor("F1"), aMentor("P1").seniorResident())
                .residents(aResident("R1").ranking("F1", "P1"))
                .peerMentoring(PEER)
                .build();

        MatchingResult result = new MatchingSolver(cohort, QUICK).solve(SolveProgress.NONE);

        assertThat(result.assignments()).singleElement().satisfies(a ->
                assertThat(a.reasons()).anySatisfy(reason -> assertThat(reason).contains("1st choice")));
        assertThat(result.peerLayer().assignments()).singleElement().satisfies(a ->
                assertThat(a.reasons()).anySatisfy(reason -> assertThat(reason).contains("1st choice")));
    }

    private static Pair pair(String resident, String mentor) {
        return new Pair(ResidentId.of(resident), MentorId.of(mentor));
    }
}
