package io.mentormatch.api.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.MentorDecisions;
import io.mentormatch.api.proposal.MentorNotInCohort;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.proposal.RematchOption;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishedPairing;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScorer;

@SpringBootTest
class ChangeRequestsTest {

    private static final String REASON = "We never find a time to meet";

    @Autowired
    ChangeRequests requests;
    @Autowired
    ChangeDecisions decisions;
    @Autowired
    MentorDecisions mentorDecisions;
    @Autowired
    PublicationService publications;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    CohortAssembler assembler;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approvesSuggestedMentorEndsOldPairingAndProposesTheNewOneToTheNewMentor() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);

        ChangeRequestView asked = data.callAs(world.resident1(), () -> requests.request(world.cohortId(),
                stage.proposalR1(), new NewChangeRequest(REASON)));
        // F2 was R1's 2nd choice: the resident reads "Your 2nd choice", the director must not
        jdbc.update("update resident set ranking = '[\"F1\", \"F2\"]' where cohort_id = ? and code = 'R1'",
                world.cohortId());
        List<RematchOption> options = data.callAs(world.director(), () -> decisions.options(world.cohortId(), asked.id()));
        ChangeRequestView decided = data.callAs(world.director(), () -> decisions.decide(world.cohortId(), asked.id(),
                ChangeDecision.approve("F2")));

        assertThat(asked.status()).isEqualTo(ChangeRequestStatus.OPEN);
        assertThat(asked.requestedBy()).isEqualTo(RequesterRole.RESIDENT);
        PairScorer scorer = PairScorer.of(assembler.toCore(world.cohortId()));
        assertThat(options).extracting(RematchOption::mentor).containsExactly("F2");
        assertThat(options.get(0).pairScore()).isEqualTo(scorer.score(new ResidentId("R1"), new MentorId("F2")));
        assertThat(options.get(0).reasons()).isNotEmpty()
                .as("the director reads the suggestions; they never speak to the resident")
                .noneMatch(reason -> reason.matches("(?i).*\\byour?\\b.*"));
        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(decided.newMentor()).isEqualTo("F2");
        ProposalEntity old = proposals.findById(stage.proposalR1()).orElseThrow();
        assertThat(old.getEndedAt()).isNotNull();
        assertThat(old.isLive()).isFalse();
        ProposalEntity started = proposals.findById(decided.newPairingId()).orElseThrow();
        assertThat(started.getState()).isEqualTo(ProposalState.PROPOSED);
        assertThat(started.getSentAt()).isEqualTo(old.getEndedAt());
        assertThat(started.getStartedAt()).isEqualTo(old.getEndedAt());
        assertThat(jdbc.queryForList("select recipient from notification where cohort_id = ? and template = 'proposal-sent'",
                String.class, world.cohortId())).containsExactly(world.mentor2() + "@example.org");
        ProposalView confirmed = data.callAs(world.mentor2(), () -> mentorDecisions.accept(world.cohortId(),
                started.getId(), new Decision(started.getVersion(), null)));
        assertThat(confirmed.state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(data.callAs(world.director(), () -> publications.pairings(world.cohortId())))
                .extracting(p -> p.resident() + "-" + p.mentor()).containsExactlyInAnyOrder("R1-F2", "R2-F2");
        assertThat(data.callAs(world.resident1(), () -> publications.forResident(world.cohortId(), "R1")))
                .extracting(PublishedPairing::mentor).isEqualTo("F2");
        assertThat(audited(world, "change-request.opened", "change-request.approved", "pairing.ended", "pairing.started"))
                .isEqualTo(4);
    }

    @Test
    void mailsEveryoneConcernedButNeverTheReason() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        ChangeRequestView asked = data.callAs(world.mentor1(), () -> requests.request(world.cohortId(),
                stage.proposalR1(), new NewChangeRequest(REASON)));
        data.callAs(world.director(), () -> decisions.decide(world.cohortId(), asked.id(), ChangeDecision.approve("F2")));

        assertThat(jdbc.queryForList("select recipient from notification where cohort_id = ? and template = 'change-approved'",
                String.class, world.cohortId())).containsExactlyInAnyOrder(world.resident1() + "@example.org",
                world.mentor1() + "@example.org", world.mentor2() + "@example.org");
        assertThat(jdbc.queryForObject("select count(*) from notification where cohort_id = ? and template = 'change-requested'",
                Long.class, world.cohortId())).isEqualTo(1);
        assertThat(jdbc.queryForList("select body from notification where cohort_id = ?", String.class, world.cohortId()))
                .noneMatch(body -> body.contains(REASON));
    }

    @Test
    void declinesWithReasonAndKeepsThePairing() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);

        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.decline(" ")))).isInstanceOf(InvalidChangeDecision.class);
        ChangeRequestView decided = data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.decline("Give it two more months")));

        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.DECLINED);
        assertThat(decided.decisionReason()).isEqualTo("Give it two more months");
        assertThat(proposals.findById(decided.pairingId()).orElseThrow().isLive()).isTrue();
        assertThat(jdbc.queryForList("select recipient from notification where cohort_id = ? and template = 'change-declined'",
                String.class, world.cohortId())).containsExactly(world.resident1() + "@example.org");
        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approve("F2")))).isInstanceOf(ChangeRequestDecided.class);
    }

    @Test
    void refusesTheSameMembersSecondOpenRequestButTakesTheOtherMembersAsItsOwn() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);
        long pairingId = jdbc.queryForObject("select pairing_id from change_request where id = ?", Long.class, requestId);

        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> requests.request(world.cohortId(), pairingId,
                new NewChangeRequest("once more")))).isInstanceOf(ChangeAlreadyRequested.class);
        assertThat(data.callAs(world.mentor1(), () -> requests.pairing(world.cohortId(), pairingId)).requestOpen())
                .as("the resident's request is not the mentor's to know").isFalse();
        ChangeRequestView mentors = data.callAs(world.mentor1(), () -> requests.request(world.cohortId(), pairingId,
                new NewChangeRequest("me too")));
        assertThat(mentors.requestedBy()).isEqualTo(RequesterRole.MENTOR);
        assertThat(data.callAs(world.mentor1(), () -> requests.pairing(world.cohortId(), pairingId)).requestOpen()).isTrue();
    }

    @Test
    void refusesCallersOutsideThePairingAndPairingsOfOtherCohorts() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        World other = data.world(CohortState.MATCHING);
        Pairings.Stage otherStage = pairings.published(other);

        assertThatThrownBy(() -> data.callAs(world.mentor2(), () -> requests.request(world.cohortId(),
                stage.proposalR1(), new NewChangeRequest(REASON)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> requests.request(world.cohortId(),
                stage.proposalR1(), new NewChangeRequest(REASON)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> requests.request(world.cohortId(),
                otherStage.proposalR1(), new NewChangeRequest(REASON)))).isInstanceOf(PairingNotFound.class);
    }

    @Test
    void refusesUnknownMentorAndMentorsOutsideTheSuggestions() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);

        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approve("F404")))).isInstanceOf(MentorNotInCohort.class);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approve("F1")))).isInstanceOf(MentorNotSuggested.class);
        assertThat(data.callAs(world.director(), () -> requests.openCount(world.cohortId()))).isEqualTo(1);
    }

    @Test
    void listsOpenAndDecidedRequestsWithTheirReasonsForTheDirector() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);

        assertThat(data.callAs(world.director(), () -> requests.open(world.cohortId())))
                .extracting(ChangeRequestView::reason).containsExactly(REASON);
        data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId, ChangeDecision.decline("no")));

        assertThat(data.callAs(world.director(), () -> requests.openCount(world.cohortId()))).isZero();
        assertThat(data.callAs(world.director(), () -> requests.list(world.cohortId(), ChangeRequestFilter.DECIDED)))
                .extracting(ChangeRequestView::id).containsExactly(requestId);
        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> requests.list(world.cohortId(), ChangeRequestFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long audited(World world, String... actions) {
        return jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action in ("
                + String.join(",", Collections.nCopies(actions.length, "?")) + ")", Long.class,
                Stream.concat(Stream.of(world.cohortId()), Arrays.stream(actions)).toArray());
    }
}
