package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;

/**
 * The minimal-change re-match after a decline, on sent proposals built so that one other move pays: F1 declines R1;
 * R1 fits F2 (cardiology, one seat, held by R2) best, while R2 fits the free F3 (pediatrics) better than F2. The
 * decline's own re-match (nobody else moves) can only give R1 the free F3.
 */
@SpringBootTest
class DeclineRematchTest {

    @Autowired
    DeclineRematch rematch;
    @Autowired
    MentorDecisions decisions;
    @Autowired
    MentorRepository mentors;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void declineAloneGivesTheResidentTheFreeSeatAndTheDirectorSeesThemAsRematchable() {
        World world = world();

        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F3", "R2-F2");
        assertThat(data.callAs(world.director(), () -> rematch.declined(world.cohortId())))
                .extracting(d -> d.resident() + ":" + d.declinedBy() + ">" + d.currentMentorName())
                .containsExactly("R1:Dr. F1>Dr. F3");
    }

    @Test
    void previewWithNoOtherMoveKeepsTheDeclineRematchAndWithOneMovesTheOtherResident() {
        World world = world();
        long declined = declinedProposal(world);

        RematchPreview none = preview(world, declined, 0, List.of());
        RematchPreview one = preview(world, declined, 1, List.of());

        assertThat(none.moves()).extracting(m -> m.resident() + ":" + m.fromMentor() + ">" + m.toMentor())
                .containsExactly("R1:F3>F3");
        assertThat(none.pairScoreChange()).isZero();
        assertThat(one.moves()).extracting(m -> m.resident() + ":" + m.fromMentor() + ">" + m.toMentor())
                .containsExactly("R1:F3>F2", "R2:F2>F3");
        assertThat(one.othersMoved()).isEqualTo(1);
        assertThat(one.pairScoreChange()).isPositive()
                .isEqualTo(one.moves().stream().mapToInt(RematchPreview.Move::scoreChange).sum());
        assertThat(one.optimal()).isTrue();
        assertThat(one.moves().get(1).reasons()).isNotEmpty();
    }

    @Test
    void keepsAnAcceptedPairingUnlessTheDirectorNamesItsResident() {
        World world = world();
        long declined = declinedProposal(world);
        long r2 = liveProposal(world, "R2");
        data.callAs(world.mentor2(), () -> decisions.accept(world.cohortId(), r2, new Decision(0L, null)));

        assertThat(preview(world, declined, 1, List.of()).moves()).extracting(RematchPreview.Move::toMentor)
                .containsExactly("F3");
        RematchPreview allowed = preview(world, declined, 1, List.of("R2"));
        assertThat(allowed.moves()).extracting(RematchPreview.Move::resident).containsExactly("R1", "R2");
        assertThat(allowed.moves().get(1).accepted()).isTrue();
    }

    @Test
    void applyingSendsEveryNewProposalToItsMentorAuditedAndMailed() {
        World world = world();
        long declined = declinedProposal(world);
        RematchPreview seen = preview(world, declined, 1, List.of());
        jdbc.update("delete from notification where cohort_id = ?", world.cohortId());

        data.callAs(world.director(), () -> rematch.apply(world.cohortId(), declined,
                new MinimalChange(1, List.of(), seen.stamp())));

        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F2", "R2-F3");
        assertThat(jdbc.queryForList("select state from proposal where cohort_id = ? and superseded_at is null "
                + "and state <> 'DECLINED' and sent_at is not null", String.class, world.cohortId()))
                .containsExactly("PROPOSED", "PROPOSED");
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and superseded_at is not null "
                + "and ended_at is null", Long.class, world.cohortId())).isEqualTo(2);
        assertThat(jdbc.queryForList("select action from audit_entry where cohort_id = ? and action in "
                + "('proposal.rematched', 'proposal.moves-applied')", String.class, world.cohortId()))
                .as("the decline's own re-match, then the two moves").containsExactlyInAnyOrder("proposal.rematched",
                        "proposal.rematched", "proposal.rematched", "proposal.moves-applied");
        assertThat(jdbc.queryForList("select template || ' ' || recipient from notification where cohort_id = ?",
                String.class, world.cohortId())).containsExactlyInAnyOrder(
                "proposal-sent " + world.mentor2() + "@example.org", "proposal-sent f3@example.org",
                "proposal-withdrawn " + world.mentor2() + "@example.org", "proposal-withdrawn f3@example.org");
    }

    @Test
    void onceThePublishedCohortMovesItEndsThePairingsAndStartsTheNewOnesToday() {
        World world = world();
        long declined = declinedProposal(world);
        jdbc.update("update cohort set state = 'PUBLISHED' where id = ?", world.cohortId());
        jdbc.update("delete from notification where cohort_id = ?", world.cohortId());

        data.callAs(world.director(), () -> rematch.apply(world.cohortId(), declined, new MinimalChange(1, null, null)));

        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F2", "R2-F3");
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and ended_at is not null",
                Long.class, world.cohortId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and superseded_at is null "
                + "and state = 'PROPOSED' and started_at is not null", Long.class, world.cohortId())).isEqualTo(2);
        assertThat(jdbc.queryForList("select recipient from notification where cohort_id = ? and template = "
                + "'pairing-moved'", String.class, world.cohortId()))
                .as("only the resident moved to make room").containsExactly(world.resident2() + "@example.org");
    }

    @Test
    void refusesAStalePreviewWithTheRecomputedOneAndChangesNothing() {
        World world = world();
        long declined = declinedProposal(world);
        RematchPreview seen = preview(world, declined, 1, List.of());
        jdbc.update("update proposal set version = version + 1 where cohort_id = ?", world.cohortId());

        assertThatThrownBy(() -> data.callAs(world.director(), () -> rematch.apply(world.cohortId(), declined,
                new MinimalChange(1, List.of(), seen.stamp()))))
                .isInstanceOfSatisfying(RematchPreviewStale.class, e -> {
                    assertThat(e.preview().moves()).hasSize(2);
                    assertThat(e.getMessage()).contains("open it again to see the current suggestions");
                });
        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F3", "R2-F2");
    }

    @Test
    void refusesAProposalThatWasNotDeclinedOrWhoseResidentIsSettledAndBadMoves() {
        World world = world();
        long declined = declinedProposal(world);
        long r2 = liveProposal(world, "R2");

        assertThatThrownBy(() -> preview(world, r2, 0, List.of())).isInstanceOf(ProposalNotDeclined.class);
        assertThatThrownBy(() -> preview(world, declined, 6, List.of())).isInstanceOf(InvalidRematchRequest.class);
        assertThatThrownBy(() -> preview(world, declined, 1, List.of("R404")))
                .isInstanceOf(InvalidRematchRequest.class);
        long r1 = liveProposal(world, "R1");
        data.callAs(world.director(), () -> rematch.apply(world.cohortId(), declined, new MinimalChange(0, null, null)));
        jdbc.update("update proposal set state = 'ACCEPTED' where cohort_id = ? and superseded_at is null "
                + "and state = 'PROPOSED'", world.cohortId());
        assertThat(liveProposal(world, "R1")).isEqualTo(r1);
        assertThatThrownBy(() -> preview(world, declined, 0, List.of())).isInstanceOf(PairingLocked.class);
        assertThat(data.callAs(world.director(), () -> rematch.declined(world.cohortId()))).isEmpty();
    }

    private RematchPreview preview(World world, long proposalId, int k, List<String> allowAccepted) {
        return data.callAs(world.director(), () -> rematch.preview(world.cohortId(), proposalId,
                new MinimalChange(k, allowAccepted, null)));
    }

    /** The sent proposals R1-F1 and R2-F2, F2 a cardiologist with one seat, F3 a free pediatrician; F1 declines R1. */
    private World world() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        MentorEntity f2 = mentors.findByCohortIdAndCode(world.cohortId(), "F2").orElseThrow();
        f2.setSpecialty("Cardiology");
        f2.setCapacity(1);
        mentors.saveAndFlush(f2);
        MentorEntity f3 = new MentorEntity(world.cohortId(), "F3");
        f3.setName("Dr. F3");
        f3.setEmail("f3@example.org");
        f3.setSpecialty("Pediatrics");
        f3.setInterests(List.of("research", "teaching"));
        f3.setAvailability(List.of("MON-18", "WED-07"));
        f3.setCapacity(1);
        mentors.saveAndFlush(f3);
        pairings.reproposeDeclines(world);
        data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(), stage.proposalR1(),
                new Decision(0L, "I evaluate this resident")));
        return world;
    }

    private long declinedProposal(World world) {
        return jdbc.queryForObject("select id from proposal where cohort_id = ? and state = 'DECLINED'", Long.class,
                world.cohortId());
    }

    private long liveProposal(World world, String resident) {
        return jdbc.queryForObject("""
                select p.id from proposal p join resident r on r.id = p.resident_id where p.cohort_id = ?
                and r.code = ? and p.superseded_at is null and p.state <> 'DECLINED'""", Long.class,
                world.cohortId(), resident);
    }

    private List<String> livePairs(World world) {
        return jdbc.queryForList("""
                select r.code || '-' || m.code from proposal p join resident r on r.id = p.resident_id
                join mentor m on m.id = p.mentor_id where p.cohort_id = ? and p.superseded_at is null
                and p.state <> 'DECLINED'""", String.class, world.cohortId());
    }
}
