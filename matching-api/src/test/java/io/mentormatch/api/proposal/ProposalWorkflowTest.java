package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.MutableClock;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.problem.ConcurrentEdit;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScorer;

@SpringBootTest
@AutoConfigureMockMvc
class ProposalWorkflowTest {

    @Autowired
    MentorDecisions decisions;
    @Autowired
    PairingEdits edits;
    @Autowired
    ProposalReview review;
    @Autowired
    ProposalSending sending;
    @Autowired
    ProposalRepository proposalRows;
    @Autowired
    MentorRepository mentors;
    @Autowired
    PairRuleRepository rules;
    @Autowired
    CohortAssembler assembler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void previewsSwapWithPairScoresFromCoreScorerAndChangesNothing() {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);
        PairScorer scorer = PairScorer.of(assembler.toCore(world.cohortId()));

        ChangePreview preview = data.callAs(world.director(), () -> edits.preview(world.cohortId(),
                new PairingChange(PairingChange.Kind.SWAP, "R1", "R2", null)));

        int r1f1 = score(scorer, "R1", "F1");
        int r1f2 = score(scorer, "R1", "F2");
        int r2f1 = score(scorer, "R2", "F1");
        int r2f2 = score(scorer, "R2", "F2");
        assertThat(preview.moves()).extracting(ChangePreview.Move::resident, ChangePreview.Move::fromMentor,
                        ChangePreview.Move::toMentor, ChangePreview.Move::scoreBefore, ChangePreview.Move::scoreAfter)
                .containsExactly(tuple("R1", "F1", "F2", r1f1, r1f2),
                        tuple("R2", "F2", "F1", r2f2, r2f1));
        assertThat(preview.scoreChange()).isEqualTo(r1f2 + r2f1 - r1f1 - r2f2).isNegative();
        assertThat(preview.warnings()).containsExactly("R2 with F1: conflict of interest");
        assertThat(preview.applied()).isFalse();
        assertThat(mentorsByResident(world)).containsEntry("R1", "F1").containsEntry("R2", "F2");
    }

    @Test
    void appliesSwapOfDraftsInPlace() {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);
        withoutConflicts(world);

        ChangePreview applied = data.callAs(world.director(), () -> edits.apply(world.cohortId(),
                new PairingChange(PairingChange.Kind.SWAP, "R1", "R2", null)));

        assertThat(applied.applied()).isTrue();
        assertThat(mentorsByResident(world)).containsEntry("R1", "F2").containsEntry("R2", "F1");
        assertThat(proposalRows.findLive(world.cohortId())).hasSize(2).noneMatch(ProposalEntity::isSent);
    }

    @Test
    void warnsAndRefusesReassignmentThatOverfillsMentor() {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);
        setCapacity(world, "F2", 1);
        PairingChange change = new PairingChange(PairingChange.Kind.REASSIGN, "R1", null, "F2");

        ChangePreview preview = data.callAs(world.director(), () -> edits.preview(world.cohortId(), change));

        assertThat(preview.warnings()).singleElement().asString().contains("F2 would be over capacity");
        assertThatThrownBy(() -> data.callAs(world.director(), () -> edits.apply(world.cohortId(), change)))
                .isInstanceOf(HardRuleBroken.class);
        assertThat(mentorsByResident(world)).containsEntry("R1", "F1");
    }

    @Test
    void warnsOnReassignmentToIncompatibleMentor() {
        World world = data.world(CohortState.MATCHING);
        pairings.drafts(world);
        addRule(world, PairRuleKind.CONFLICT, "R1", "F2");

        ChangePreview preview = data.callAs(world.director(), () -> edits.preview(world.cohortId(),
                new PairingChange(PairingChange.Kind.REASSIGN, "R1", null, "F2")));

        assertThat(preview.warnings()).singleElement().asString().contains("R1 with F2: conflict of interest");
    }

    @Test
    void replacesSentProposalByOneSentToNewMentor() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        data.callAs(world.director(), () -> edits.apply(world.cohortId(),
                new PairingChange(PairingChange.Kind.REASSIGN, "R1", null, "F2")));

        assertThat(proposalRows.findById(stage.proposalR1()).orElseThrow().getSupersededAt()).isNotNull();
        List<ProposalView> inbox = data.callAs(world.mentor2(), () -> decisions.forMentor(world.cohortId(), "F2"));
        assertThat(inbox).extracting(ProposalView::resident).containsExactlyInAnyOrder("R1", "R2");
        assertThat(inbox).allMatch(p -> p.sentAt() != null);
        assertThat(data.callAs(world.mentor1(), () -> decisions.forMentor(world.cohortId(), "F1"))).isEmpty();
    }

    @Test
    void refusesMovingAcceptedOrPinnedPairing() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        withoutConflicts(world);
        data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(), stage.proposalR1(), new Decision(0L, null)));
        data.callAs(world.director(), () -> edits.pin(world.cohortId(), stage.proposalR2(), true));

        assertThatThrownBy(() -> data.callAs(world.director(), () -> edits.apply(world.cohortId(),
                new PairingChange(PairingChange.Kind.REASSIGN, "R1", null, "F2"))))
                .isInstanceOf(PairingLocked.class).hasMessageContaining("accepted");
        assertThatThrownBy(() -> data.callAs(world.director(), () -> edits.apply(world.cohortId(),
                new PairingChange(PairingChange.Kind.REASSIGN, "R2", null, "F1"))))
                .isInstanceOf(PairingLocked.class).hasMessageContaining("pinned");
        data.callAs(world.director(), () -> edits.pin(world.cohortId(), stage.proposalR2(), false));
        data.callAs(world.director(), () -> edits.apply(world.cohortId(),
                new PairingChange(PairingChange.Kind.REASSIGN, "R2", null, "F1")));
        assertThat(mentorsByResident(world)).containsEntry("R2", "F1");
    }

    @Test
    void declineBansPairAndProposesAnotherMentor() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        pairings.reproposeDeclines(world);

        List<ProposalView> result = data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(0L, "I evaluate this resident")));

        assertThat(result.get(0).state()).isEqualTo(ProposalState.DECLINED);
        assertThat(result.get(0).decisionReason()).isEqualTo("I evaluate this resident");
        assertThat(result.get(1).mentor()).isEqualTo("F2");
        assertThat(result.get(1).sentAt()).isNotNull();
        assertThat(rules.findByCohortIdAndKind(world.cohortId(), PairRuleKind.DECLINED)).hasSize(1);
        assertThat(mentorsByResident(world)).containsEntry("R1", "F2").containsEntry("R2", "F2");
    }

    @Test
    void leavesResidentUnmatchedWhenNoMentorHasSeat() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        setCapacity(world, "F2", 1);

        List<ProposalView> result = data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(0L, "no time")));

        assertThat(result).hasSize(1);
        assertThat(data.callAs(world.director(), () -> review.list(world.cohortId(), ProposalFilter.UNMATCHED, 0,
                Pageable.ofSize(10))).getContent()).extracting(ProposalView::resident).containsExactly("R1");
    }

    @Test
    void rematchesToBestFreeMentorWhenCurrentPairingsNoLongerFitAsPins() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        pairings.reproposeDeclines(world);
        setCapacity(world, "F2", 0);
        MentorEntity third = new MentorEntity(world.cohortId(), "F3");
        third.setName("Dr. F3");
        third.setSpecialty("Cardiology");
        third.setCapacity(1);
        mentors.saveAndFlush(third);

        List<ProposalView> result = data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(0L, "no time")));

        assertThat(result).extracting(ProposalView::mentor).containsExactly("F1", "F3");
    }

    @Test
    void requiresReasonToDecline() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        assertThatThrownBy(() -> data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(0L, "  ")))).isInstanceOf(DeclineNeedsReason.class);
    }

    @Test
    void letsOnlyProposalsOwnMentorAnswer() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        assertThatThrownBy(() -> data.callAs(world.mentor2(), () -> decisions.accept(world.cohortId(),
                stage.proposalR1(), new Decision(0L, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.accept(world.cohortId(),
                stage.proposalR1(), new Decision(0L, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAnswerToStaleVersionOrAnsweredProposal() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        assertThatThrownBy(() -> data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(),
                stage.proposalR1(), new Decision(5L, null)))).isInstanceOf(ConcurrentEdit.class);
        data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(), stage.proposalR1(), new Decision(0L, null)));
        assertThatThrownBy(() -> data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(1L, "changed my mind")))).isInstanceOf(ProposalNotOpen.class);
    }

    @Test
    void flagsProposalsUnansweredPastResponseWindow() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        data.callAs(world.mentor2(), () -> decisions.accept(world.cohortId(), stage.proposalR2(), new Decision(0L, null)));

        assertThat(data.callAs(world.director(), () -> sending.overdue(world.cohortId()))).isEmpty();
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        List<ProposalView> overdue = data.callAs(world.director(), () -> sending.overdue(world.cohortId()));
        assertThat(overdue).extracting(ProposalView::id).containsExactly(stage.proposalR1());
        assertThat(overdue.get(0).overdue()).isTrue();
        assertThat(overdue.get(0).respondBy()).isBefore(clock.instant());
    }

    @Test
    void filtersReviewListByLowScoreAndDeclined() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(), stage.proposalR1(), new Decision(0L, "no")));

        assertThat(data.callAs(world.director(), () -> review.list(world.cohortId(), ProposalFilter.DECLINED, 0,
                Pageable.ofSize(10))).getContent()).extracting(ProposalView::id).containsExactly(stage.proposalR1());
        assertThat(data.callAs(world.director(), () -> review.list(world.cohortId(), ProposalFilter.LOW_SCORE, 51,
                Pageable.ofSize(10))).getContent()).extracting(ProposalView::id).contains(stage.proposalR2());
        assertThat(data.callAs(world.director(), () -> review.list(world.cohortId(), ProposalFilter.LOW_SCORE, 50,
                Pageable.ofSize(10))).getContent()).extracting(ProposalView::id).doesNotContain(stage.proposalR2());
    }

    private Map<String, String> mentorsByResident(World world) {
        Map<String, String> pairs = new HashMap<>();
        data.callAs(world.director(), () -> review.list(world.cohortId(), ProposalFilter.ALL, 0, Pageable.ofSize(50)))
                .forEach(p -> pairs.put(p.resident(), p.mentor()));
        return pairs;
    }

    /** The world comes with a conflict R2-F1; tests that move R2 to F1 drop it. */
    private void withoutConflicts(World world) {
        jdbc.update("delete from pair_rule where cohort_id = ? and kind = 'CONFLICT'", world.cohortId());
    }

    private void setCapacity(World world, String mentorCode, int capacity) {
        MentorEntity mentor = mentors.findByCohortIdAndCode(world.cohortId(), mentorCode).orElseThrow();
        mentor.setCapacity(capacity);
        mentors.saveAndFlush(mentor);
    }

    private void addRule(World world, PairRuleKind kind, String resident, String mentor) {
        rules.saveAndFlush(new PairRuleEntity(world.cohortId(), kind,
                jdbc.queryForObject("select id from resident where cohort_id = ? and code = ?", Long.class, world.cohortId(), resident),
                mentors.findByCohortIdAndCode(world.cohortId(), mentor).orElseThrow().getId(), "test", Instant.now()));
    }

    private static int score(PairScorer scorer, String resident, String mentor) {
        return scorer.score(new ResidentId(resident), new MentorId(mentor));
    }
}
