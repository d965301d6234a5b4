package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortSettings;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.WeightSettings;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentRepository;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Weights;

/**
 * The minimal-change re-match after a decline with the peer layer on: a declined peer pairing is re-matched among
 * senior residents only, the resident's faculty pairing stays, and a resident declined in both layers is listed once
 * per layer. The run gives R1-P2 and R2-P3 (R2 conflicts with P2); P1 joins after sending, R1's supervisor, so when
 * P2 declines R1 nobody is free for R1 unless R2 moves from P3 to P1.
 */
@SpringBootTest
class PeerDeclineRematchTest {

    @Autowired
    DeclineRematch rematch;
    @Autowired
    MentorDecisions decisions;
    @Autowired
    ProposalSending sending;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    CohortService cohorts;
    @Autowired
    RunService runs;
    @Autowired
    MentorRepository mentors;
    @Autowired
    ResidentRepository residents;
    @Autowired
    PairRuleRepository rules;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void aDeclinedPeerPairingIsPreviewedAndAppliedAmongSeniorResidentsOnly() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        pairings.reproposeDeclines(world);
        List<ProposalView> sent = sentWithPeerLayer(world);
        decline(world, find(sent, "R1", "F1"));
        List<ProposalView> peerDecline = decline(world, find(sent, "R1", "P2"));
        assertThat(peerDecline).as("P1 is R1's supervisor, P3 holds R2: nobody is free without a move")
                .extracting(ProposalView::mentor).containsExactly("P2");
        Map<String, Long> faculty = livePairs(world).entrySet().stream().filter(e -> e.getKey().contains("-F"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(faculty.keySet()).as("F1's decline re-matched R1 to F2's free seat")
                .containsExactlyInAnyOrder("R1-F2", "R2-F2");

        List<DeclineRematch.Declined> declined = data.callAs(world.director(),
                () -> rematch.declined(world.cohortId()));
        assertThat(declined).extracting(d -> d.resident() + "-" + d.layer() + "-" + d.currentMentorName())
                .containsExactly("R1-PRIMARY-Dr. F2", "R1-PEER-null");
        long peerHandle = declined.get(1).declinedProposalId();
        long facultyHandle = declined.get(0).declinedProposalId();

        RematchPreview faculty0 = preview(world, facultyHandle, 1);
        assertThat(faculty0.moves()).as("the faculty re-match offers faculty mentors only")
                .allSatisfy(m -> assertThat(m.toMentor()).startsWith("F"));
        RematchPreview none = preview(world, peerHandle, 0);
        assertThat(none.moves()).extracting(RematchPreview.Move::toMentor).containsExactly((String) null);
        RematchPreview one = preview(world, peerHandle, 1);
        assertThat(one.moves()).extracting(m -> m.resident() + ":" + m.fromMentor() + "->" + m.toMentor())
                .containsExactly("R1:null->P3", "R2:P3->P1");

        data.callAs(world.director(), () -> rematch.apply(world.cohortId(), peerHandle,
                new MinimalChange(1, List.of(), one.stamp())));

        Map<String, Long> after = livePairs(world);
        assertThat(after.keySet()).containsExactlyInAnyOrder("R1-F2", "R2-F2", "R1-P3", "R2-P1");
        assertThat(after).as("the faculty pairings are the same proposals as before").containsAllEntriesOf(faculty);
        assertThat(data.callAs(world.director(), () -> rematch.declined(world.cohortId())))
                .extracting(d -> d.resident() + "-" + d.layer() + "-" + d.currentMentorName())
                .containsExactly("R1-PRIMARY-Dr. F2", "R1-PEER-Senior P3");
    }

    private List<ProposalView> sentWithPeerLayer(World world) {
        peerMentor(world, "P2");
        peerMentor(world, "P3");
        conflict(world, "R2", "P2");
        CohortView current = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));
        data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(), new CohortSettings(
                current.version(), current.name(), current.academicYear(), current.preferenceDeadline(),
                current.responseWindowDays(), current.maxRankedMentors(), current.maxPreferredResidents(),
                current.requireSameSpecialty(), current.preferContinuity(), current.weights(), current.familySize(),
                true, WeightSettings.of(Weights.PEER_DEFAULT))));
        RunView queued = data.callAs(world.director(), () -> runs.start(world.cohortId(), new StartRun("optimal", 5)));
        await().atMost(Duration.ofSeconds(60)).until(() -> data.callAs(world.director(),
                () -> runs.get(world.cohortId(), queued.id())).status() == RunStatus.SUCCEEDED);
        List<ProposalView> sent = data.callAs(world.director(), () -> sending.send(world.cohortId()));
        assertThat(sent).extracting(p -> p.resident() + "-" + p.mentor() + "-" + p.layer())
                .containsExactlyInAnyOrder("R1-F1-PRIMARY", "R2-F2-PRIMARY", "R1-P2-PEER", "R2-P3-PEER");
        peerMentor(world, "P1");
        conflict(world, "R1", "P1");
        return sent;
    }

    private List<ProposalView> decline(World world, ProposalView proposal) {
        return data.callAs(world.admin(), () -> decisions.decline(world.cohortId(), proposal.id(),
                new Decision(proposal.version(), "no time this year")));
    }

    private RematchPreview preview(World world, long proposalId, int k) {
        return data.callAs(world.director(), () -> rematch.preview(world.cohortId(), proposalId,
                new MinimalChange(k, List.of(), null)));
    }

    /** Live pairings as "resident-mentor" to the proposal's id. */
    private Map<String, Long> livePairs(World world) {
        Map<Long, String> mentorCodes = mentors.findByCohortIdOrderByCode(world.cohortId()).stream()
                .collect(Collectors.toMap(MentorEntity::getId, MentorEntity::getCode));
        Map<Long, String> residentCodes = residents.findByCohortIdOrderByCode(world.cohortId()).stream()
                .collect(Collectors.toMap(r -> r.getId(), r -> r.getCode()));
        return proposals.findLive(world.cohortId()).stream().collect(Collectors.toMap(
                p -> residentCodes.get(p.getResidentId()) + "-" + mentorCodes.get(p.getMentorId()),
                ProposalEntity::getId));
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

    private void conflict(World world, String resident, String mentor) {
        rules.saveAndFlush(new PairRuleEntity(world.cohortId(), PairRuleKind.CONFLICT,
                residents.findByCohortIdAndCode(world.cohortId(), resident).orElseThrow().getId(),
                mentors.findByCohortIdAndCode(world.cohortId(), mentor).orElseThrow().getId(),
                "direct supervisor", Instant.now()));
    }

    private static ProposalView find(List<ProposalView> views, String resident, String mentor) {
        return views.stream().filter(p -> p.resident().equals(resident) && p.mentor().equals(mentor)).findFirst()
                .orElseThrow();
    }
}
