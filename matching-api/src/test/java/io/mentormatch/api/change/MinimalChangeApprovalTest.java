package io.mentormatch.api.change;

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
import io.mentormatch.api.proposal.InvalidRematchRequest;
import io.mentormatch.api.proposal.MinimalChange;
import io.mentormatch.api.proposal.RematchPreview;
import io.mentormatch.api.proposal.RematchPreviewStale;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;

/**
 * Approving a change of mentor with a minimal-change re-match, on a published cohort built so that one other move
 * pays: R1 leaves F1 and fits F2 (cardiology, one seat, held by R2), while R2 fits the free F3 (pediatrics) better
 * than F2. With no other move R1 can only get F3.
 */
@SpringBootTest
class MinimalChangeApprovalTest {

    @Autowired
    ChangeDecisions decisions;
    @Autowired
    MentorRepository mentors;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void previewWithNoOtherMoveMovesOnlyTheResidentWhoAsked() {
        World world = world();
        long requestId = pairings.changeRequested(world);

        RematchPreview preview = preview(world, requestId, 0, List.of("R2"));

        assertThat(preview.moves()).extracting(m -> m.resident() + ":" + m.fromMentor() + ">" + m.toMentor())
                .containsExactly("R1:F1>F3");
        assertThat(preview.othersMoved()).isZero();
        assertThat(preview.optimal()).isTrue();
        assertThat(preview.moves().get(0).needed()).isTrue();
        assertThat(preview.moves().get(0).reasons()).isNotEmpty();
    }

    @Test
    void previewWithOneMoveListsTheOtherResidentWhoseMoveImprovesTheTotal() {
        World world = world();
        long requestId = pairings.changeRequested(world);
        jdbc.update("update proposal set state = 'PROPOSED' where cohort_id = ? and resident_id = (select id from "
                + "resident where cohort_id = ? and code = 'R2')", world.cohortId(), world.cohortId());

        RematchPreview none = preview(world, requestId, 0, List.of());
        RematchPreview one = preview(world, requestId, 1, List.of());

        assertThat(one.moves()).extracting(m -> m.resident() + ":" + m.fromMentor() + ">" + m.toMentor())
                .containsExactly("R1:F1>F2", "R2:F2>F3");
        assertThat(one.othersMoved()).isEqualTo(1);
        assertThat(one.pairScoreChange()).isGreaterThan(none.pairScoreChange());
        assertThat(one.pairScoreChange()).isEqualTo(one.moves().stream().mapToInt(RematchPreview.Move::scoreChange).sum());
        assertThat(one.moves().get(1).needed()).isFalse();
        assertThat(one.moves().get(1).accepted()).isFalse();
        assertThat(one.moves().get(1).reasons()).isNotEmpty();
    }

    @Test
    void keepsAcceptedPairingsUnlessTheDirectorNamesTheirResident() {
        World world = world();
        long requestId = pairings.changeRequested(world);

        RematchPreview kept = preview(world, requestId, 1, List.of());
        RematchPreview allowed = preview(world, requestId, 1, List.of(" R2 "));

        assertThat(kept.moves()).extracting(RematchPreview.Move::resident).containsExactly("R1");
        assertThat(allowed.moves()).extracting(RematchPreview.Move::resident).containsExactly("R1", "R2");
        assertThat(allowed.moves().get(1).accepted()).isTrue();
        assertThat(allowed.allowAccepted()).containsExactly("R2");
    }

    @Test
    void approvingAppliesEveryMoveInOneGoAuditedAndMailed() {
        World world = world();
        long requestId = pairings.changeRequested(world);
        RematchPreview preview = preview(world, requestId, 1, List.of("R2"));

        ChangeRequestView decided = data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approveMoves(new MinimalChange(1, List.of("R2"), preview.stamp()))));

        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(decided.newMentor()).isEqualTo("F2");
        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F2", "R2-F3");
        assertThat(jdbc.queryForObject("select count(*) from proposal where cohort_id = ? and ended_at is not null",
                Long.class, world.cohortId())).isEqualTo(2);
        assertThat(jdbc.queryForList("select action from audit_entry where cohort_id = ? and action like 'pairing.%'",
                String.class, world.cohortId())).containsExactlyInAnyOrder("pairing.ended", "pairing.ended",
                "pairing.started", "pairing.started");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action = "
                + "'change-request.moves-applied'", Long.class, world.cohortId())).isEqualTo(1);
        assertThat(jdbc.queryForList("select recipient from notification where cohort_id = ? and template = 'pairing-moved'",
                String.class, world.cohortId())).containsExactlyInAnyOrder(world.resident2() + "@example.org",
                world.mentor2() + "@example.org", "f3@example.org");
    }

    @Test
    void refusesAStalePreviewWithTheRecomputedOneAndChangesNothing() {
        World world = world();
        long requestId = pairings.changeRequested(world);
        RematchPreview seen = preview(world, requestId, 1, List.of("R2"));
        jdbc.update("update proposal set version = version + 1 where cohort_id = ?", world.cohortId());

        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approveMoves(new MinimalChange(1, List.of("R2"), seen.stamp())))))
                .isInstanceOfSatisfying(RematchPreviewStale.class, e -> {
                    assertThat(e.preview().stamp()).isNotEqualTo(seen.stamp());
                    assertThat(e.getMessage()).as("worded for the director who opened the preview")
                            .startsWith("The pairings changed since you opened this preview").doesNotContain("your");
                    assertThat(e.preview().moves()).hasSize(2);
                });
        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F1", "R2-F2");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where cohort_id = ? and action like 'pairing.%'",
                Long.class, world.cohortId())).isZero();
    }

    @Test
    void refusesMovesOutOfRangeAndUnknownResidents() {
        World world = world();
        long requestId = pairings.changeRequested(world);

        assertThatThrownBy(() -> preview(world, requestId, 6, List.of())).isInstanceOf(InvalidRematchRequest.class);
        assertThatThrownBy(() -> preview(world, requestId, -1, List.of())).isInstanceOf(InvalidRematchRequest.class);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approveMoves(new MinimalChange(1, List.of("R404"), null)))))
                .isInstanceOfSatisfying(InvalidRematchRequest.class,
                        e -> assertThat(e.errors()).extracting(p -> p.field()).containsExactly("allowAccepted"));
        assertThat(livePairs(world)).containsExactlyInAnyOrder("R1-F1", "R2-F2");
    }

    private RematchPreview preview(World world, long requestId, int k, List<String> allowAccepted) {
        return data.callAs(world.director(), () -> decisions.rematchPreview(world.cohortId(), requestId, k,
                allowAccepted));
    }

    /** The test world with F2 a cardiologist with one seat and F3, a pediatrician with a free seat. */
    private World world() {
        World world = data.world(CohortState.MATCHING);
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
        return world;
    }

    private List<String> livePairs(World world) {
        return jdbc.queryForList("""
                select r.code || '-' || m.code from proposal p join resident r on r.id = p.resident_id
                join mentor m on m.id = p.mentor_id where p.cohort_id = ? and p.superseded_at is null
                and p.state <> 'DECLINED'""", String.class, world.cohortId());
    }
}
