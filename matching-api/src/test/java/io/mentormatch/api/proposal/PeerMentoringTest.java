package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortSettings;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.PeerLayerInUse;
import io.mentormatch.api.cohort.WeightSettings;
import io.mentormatch.api.cadence.MentoringService;
import io.mentormatch.api.cadence.MyPairing;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;
import io.mentormatch.api.publication.PublishedPairing;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;
import io.mentormatch.api.run.RunResult;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.solver.MatchingResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Senior residents as peer mentors through the whole workflow: both layers are solved by one run, proposed,
 * answered (a decline is re-matched inside its layer) and published together.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeerMentoringTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    RunService runs;
    @Autowired
    ProposalReview review;
    @Autowired
    ProposalSending sending;
    @Autowired
    MentorDecisions decisions;
    @Autowired
    PublicationService publications;
    @Autowired
    MentoringService mentoring;
    @Autowired
    MentorRepository mentors;
    @Autowired
    ResidentRepository residents;
    @Autowired
    PairRuleRepository rules;
    @Autowired
    PairingEdits edits;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void settingsTurnTheLayerOnWithItsOwnWeightsAndKeepThemWhenOff() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CohortView before = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));

        assertThat(before.peerMentoring()).isFalse();
        assertThat(before.peerWeights()).isEqualTo(WeightSettings.of(Weights.PEER_DEFAULT));
        CohortView on = turnOn(world, new WeightSettings(1, 2, 3, 4, 5, 6, 7));
        assertThat(on.peerMentoring()).isTrue();
        assertThat(on.peerWeights()).isEqualTo(new WeightSettings(1, 2, 3, 4, 5, 6, 7));
        CohortView untouched = data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(),
                legacySettings(on)));
        assertThat(untouched.peerMentoring()).as("a client that does not know the layer leaves it").isTrue();
        CohortView off = data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(),
                settings(untouched, false, null)));
        assertThat(off.peerMentoring()).isFalse();
        assertThat(off.peerWeights()).isEqualTo(new WeightSettings(1, 2, 3, 4, 5, 6, 7));
    }

    @Test
    void aRunSolvesBothLayersAndDraftsOneProposalPerResidentInEach() {
        World world = peerWorld();
        ResidentEntity r2 = residents.findByCohortIdAndCode(world.cohortId(), "R2").orElseThrow();
        r2.setRanking(List.of("F2", "P1"));
        residents.saveAndFlush(r2);

        RunResult result = run(world);

        assertThat(result.peerLayer()).isNotNull();
        assertThat(pairs(result.assignments())).containsOnly(Map.entry("R1", "F1"), Map.entry("R2", "F2"));
        assertThat(pairs(result.peerLayer().assignments()))
                .as("R1's conflict of interest with P1 bans that peer pair")
                .containsOnly(Map.entry("R1", "P2"), Map.entry("R2", "P1"));
        assertThat(result.peerLayer().bound().gapPercent()).isZero();
        assertThat(result.peerLayer().assignments()).allMatch(a -> !a.reasons().isEmpty());
        ReviewPage page = data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL));
        assertThat(page.shown()).extracting(p -> p.resident() + "-" + p.mentor() + "-" + p.layer())
                .containsExactly("R1-F1-PRIMARY", "R1-P2-PEER", "R2-F2-PRIMARY", "R2-P1-PEER");
        assertThat(page.counts().unmatched()).isZero();
        assertThat(page.shown()).filteredOn(p -> p.resident().equals("R2")).extracting(ProposalView::residentRank)
                .as("P1 is R2's 1st choice among peer mentors, as the explanation says").containsExactly(1, 1);
        assertThat(result.peerLayer().assignments()).filteredOn(a -> a.resident().equals("R2")).singleElement()
                .satisfies(a -> assertThat(a.reasons()).anySatisfy(r -> assertThat(r).contains("1st choice")));
        assertThat(data.callAs(world.director(), () -> review.counts(world.cohortId())).unmatched()).isZero();
    }

    @Test
    void aResidentAcceptsOneMentorInEachLayerAndBothArePublishedTogether() {
        World world = peerWorld();
        run(world);
        List<ProposalView> sent = data.callAs(world.director(), () -> sending.send(world.cohortId()));

        sent.forEach(p -> data.callAs(world.admin(), () -> decisions.accept(world.cohortId(), p.id(),
                new Decision(p.version(), null))));
        data.callAs(world.director(), () -> publications.publish(world.cohortId(), new PublishRequest(false, null)));

        List<PublishedPairing> mine = data.callAs(world.resident1(),
                () -> publications.visiblePairings(world.cohortId()).pairings());
        assertThat(mine).extracting(p -> p.mentor() + "-" + p.layer()).containsExactlyInAnyOrder("F1-PRIMARY", "P2-PEER");
        assertThat(data.callAs(world.resident1(), () -> publications.forResident(world.cohortId(), "R1")).mentor())
                .isEqualTo("F1");
        List<MyPairing> myPairings = data.callAs(world.resident1(), () -> mentoring.myPairings());
        assertThat(myPairings).extracting(p -> p.mentor().code() + "-" + p.layer())
                .containsExactlyInAnyOrder("F1-PRIMARY", "P2-PEER");
        assertThat(data.callAs(world.director(), () -> publications.pairings(world.cohortId()))).hasSize(4);
    }

    @Test
    void aDeclinedPeerProposalIsRematchedToAPeerMentorOnly() {
        World world = peerWorld();
        MentorEntity p2 = mentor(world, "P2");
        p2.setCapacity(2);
        mentors.saveAndFlush(p2);
        run(world);
        pairings.reproposeDeclines(world);
        List<ProposalView> sent = data.callAs(world.director(), () -> sending.send(world.cohortId()));
        ProposalView r2Peer = find(sent, "R2", "P1");
        ProposalView r1Peer = find(sent, "R1", "P2");

        List<ProposalView> r2Decline = data.callAs(world.admin(), () -> decisions.decline(world.cohortId(),
                r2Peer.id(), new Decision(r2Peer.version(), "no time this year")));
        List<ProposalView> r1Decline = data.callAs(world.admin(), () -> decisions.decline(world.cohortId(),
                r1Peer.id(), new Decision(r1Peer.version(), "no time this year")));

        assertThat(r2Decline).extracting(ProposalView::mentor).containsExactly("P1", "P2");
        assertThat(r2Decline.get(1).layer()).isEqualTo(Layer.PEER);
        assertThat(r1Decline).as("F2 has a free seat, but the peer layer has nobody left for R1 (P1: conflict)")
                .extracting(ProposalView::mentor).containsExactly("P2");
        ReviewPage page = data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL));
        assertThat(page.shown()).extracting(p -> p.resident() + "-" + p.mentor() + "-" + p.layer())
                .as("the unmatched come after the pairings").containsExactly("R1-F1-PRIMARY", "R2-F2-PRIMARY", "R2-P2-PEER",
                        "R1-null-PEER");
    }

    @Test
    void theLayerCannotBeTurnedOffOnceItsProposalsAreSent() throws Exception {
        World world = peerWorld();
        run(world);
        data.callAs(world.director(), () -> sending.send(world.cohortId()));
        CohortView on = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));

        mvc.perform(put("/api/cohorts/" + world.cohortId() + "/settings").with(data.as(world.director())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(settings(on, false, null))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://mentormatch.io/problems/peer-layer-in-use"))
                .andExpect(jsonPath("$.detail", containsString("2 residents have a peer mentor proposal")))
                .andExpect(jsonPath("$.detail", containsString("(R1, R2)")));

        CohortView after = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));
        assertThat(after.peerMentoring()).isTrue();
        assertThat(after.version()).isEqualTo(on.version());
        assertThat(data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL)).shown())
                .extracting(p -> p.resident() + "-" + p.mentor() + "-" + p.layer() + "-" + p.state())
                .containsExactly("R1-F1-PRIMARY-PROPOSED", "R1-P2-PEER-PROPOSED", "R2-F2-PRIMARY-PROPOSED",
                        "R2-P1-PEER-PROPOSED");
    }

    @Test
    void aPinnedPeerDraftKeepsTheLayerOnAndTurningOffDropsUnpinnedDraftsSoALaterRunSolvesOneLayer() {
        World world = peerWorld();
        run(world);
        List<ProposalView> drafts = data.callAs(world.director(),
                () -> review.page(world.cohortId(), ProposalFilter.ALL)).shown();
        ProposalView r1Peer = find(drafts, "R1", "P2");
        // both of R1's pairings pinned: without the layer, a run would find R1 pinned twice
        data.callAs(world.director(), () -> edits.pin(world.cohortId(), find(drafts, "R1", "F1").id(), true));
        data.callAs(world.director(), () -> edits.pin(world.cohortId(), r1Peer.id(), true));

        assertThatThrownBy(() -> turnOff(world)).isInstanceOf(PeerLayerInUse.class)
                .hasMessageContaining("1 resident has a peer mentor proposal that was sent or pinned (R1)");
        assertThat(data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL)).shown())
                .as("refused: nothing dropped").hasSize(4);
        data.callAs(world.director(), () -> edits.pin(world.cohortId(), r1Peer.id(), false));
        assertThat(turnOff(world).peerMentoring()).isFalse();

        assertThat(data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL)).shown())
                .extracting(p -> p.resident() + "-" + p.mentor() + "-" + p.layer())
                .containsExactly("R1-F1-PRIMARY", "R2-F2-PRIMARY");
        RunResult oneLayer = run(world);
        assertThat(oneLayer.peerLayer()).isNull();
        assertThat(data.callAs(world.director(), () -> review.page(world.cohortId(), ProposalFilter.ALL)).shown())
                .as("one pairing per resident").extracting(ProposalView::resident).containsExactlyInAnyOrder("R1", "R2");
    }

    private CohortView turnOff(World world) {
        CohortView current = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));
        return data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(),
                settings(current, false, null)));
    }

    /** The standard world, plus senior residents P1 and P2 (one mentee each), R1's supervisor P1, and the layer on. */
    private World peerWorld() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        peerMentor(world, "P1");
        MentorEntity p1 = mentor(world, "P1");
        peerMentor(world, "P2");
        rules.saveAndFlush(new PairRuleEntity(world.cohortId(), PairRuleKind.CONFLICT,
                residents.findByCohortIdAndCode(world.cohortId(), "R1").orElseThrow().getId(), p1.getId(),
                "direct supervisor", Instant.now()));
        turnOn(world, WeightSettings.of(Weights.PEER_DEFAULT));
        return world;
    }

    private void peerMentor(World world, String code) {
        MentorEntity mentor = new MentorEntity(world.cohortId(), code);
        mentor.setName("Senior " + code);
        mentor.setKind(MentorKind.SENIOR_RESIDENT);
        mentor.setSpecialty("Internal Medicine");
        mentor.setInterests(List.of("research"));
        mentor.setAvailability(List.of("MON-18"));
        mentor.setCapacity(1);
        mentors.saveAndFlush(mentor);
    }

    private MentorEntity mentor(World world, String code) {
        return mentors.findByCohortIdAndCode(world.cohortId(), code).orElseThrow();
    }

    private CohortView turnOn(World world, WeightSettings peerWeights) {
        CohortView current = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));
        return data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(),
                settings(current, true, peerWeights)));
    }

    private static CohortSettings settings(CohortView c, Boolean peerMentoring, WeightSettings peerWeights) {
        return new CohortSettings(c.version(), c.name(), c.academicYear(), c.preferenceDeadline(),
                c.responseWindowDays(), c.maxRankedMentors(), c.maxPreferredResidents(), c.requireSameSpecialty(),
                c.preferContinuity(), c.weights(), c.familySize(), peerMentoring, peerWeights);
    }

    private static CohortSettings legacySettings(CohortView c) {
        return new CohortSettings(c.version(), c.name(), c.academicYear(), c.preferenceDeadline(),
                c.responseWindowDays(), c.maxRankedMentors(), c.maxPreferredResidents(), c.requireSameSpecialty(),
                c.preferContinuity(), c.weights(), c.familySize());
    }

    private RunResult run(World world) {
        RunView queued = data.callAs(world.director(), () -> runs.start(world.cohortId(), new StartRun("optimal", 5)));
        await().atMost(Duration.ofSeconds(60)).until(() -> data.callAs(world.director(),
                () -> runs.get(world.cohortId(), queued.id())).status() == RunStatus.SUCCEEDED);
        return data.callAs(world.director(), () -> runs.result(world.cohortId(), queued.id()));
    }

    private static Map<String, String> pairs(List<MatchingResult.Assignment> assignments) {
        return assignments.stream().collect(Collectors.toMap(a -> a.resident(), a -> a.mentor()));
    }

    private static ProposalView find(List<ProposalView> views, String resident, String mentor) {
        return views.stream().filter(p -> p.resident().equals(resident) && p.mentor().equals(mentor)).findFirst()
                .orElseThrow();
    }
}
