package io.mentormatch.api.nextyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.mentor.MentorProfileService;
import io.mentormatch.api.mentor.MentorProfileView;
import io.mentormatch.api.publication.NotPublished;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.access.SystemActor;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.ResidentId;

/** Next year from this one, called as the pages call it, on the shared test database. */
@SpringBootTest
class NextYearCohortsTest {

    @Autowired
    NextYearCohorts nextYear;
    @Autowired
    ContinuityRequests continuity;
    @Autowired
    MentorProfileService profiles;
    @Autowired
    CohortAssembler assembler;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsTheNextAcademicYearFromThePublishedOne() {
        World world = publishedWorld();

        CohortView next = data.callAs(world.director(), () -> nextYear.create(world.cohortId()));

        assertThat(next.academicYear()).isEqualTo("2028-2029");
        assertThat(next.state()).isEqualTo(CohortState.DRAFT);
        assertThat(next.programId()).isEqualTo(world.programId());
        assertThat(next.code()).endsWith("-2028-2029");
        Cohort core = SystemActor.call(() -> assembler.toCore(next.id()));
        assertThat(core.mentors()).extracting(m -> m.id().value(), Mentor::kind, Mentor::accepting).containsExactly(
                tuple("F1", MentorKind.FACULTY, true), tuple("F2", MentorKind.FACULTY, true),
                tuple("P-R1", MentorKind.SENIOR_RESIDENT, false), tuple("P-R2", MentorKind.SENIOR_RESIDENT, false));
        assertThat(core.residents()).extracting(r -> r.id().value()).containsExactly("R1", "R2");
        assertThat(core.residents()).allSatisfy(r -> assertThat(r.ranking()).isEmpty());
        assertThat(core.previousPairs()).containsExactlyInAnyOrder(
                new Pair(ResidentId.of("R1"), MentorId.of("F1")), new Pair(ResidentId.of("R2"), MentorId.of("F2")));
        assertThat(core.conflicts()).extracting(ban -> ban.resident().value() + ">" + ban.mentor().value())
                .contains("R1>P-R1", "R2>P-R2", "R2>F1");
    }

    @Test
    void asksEveryCarriedOverMentorToConfirmTheirProfileForTheNewYear() {
        World world = publishedWorld();
        long next = data.callAs(world.director(), () -> nextYear.create(world.cohortId())).id();
        MentorProfileView carried = data.callAs(world.mentor1(), () -> profiles.profile(next, MentorId.of("F1")));
        assertThat(carried.awaitsConfirmation()).isTrue();

        MentorProfileView confirmed = data.callAs(world.mentor1(), () -> profiles.save(next, MentorId.of("F1"),
                carried.version(), carried.profile()));

        assertThat(confirmed.awaitsConfirmation()).isFalse();
        assertThat(data.callAs(world.mentor1(), () -> profiles.profile(world.cohortId(), MentorId.of("F1")))
                .awaitsConfirmation()).isFalse();
    }

    @Test
    void refusesACohortNotYetPublishedASecondNextYearAndAnotherProgramsDirector() {
        World draft = data.world(CohortState.DRAFT);
        World published = publishedWorld();
        data.callAs(published.director(), () -> nextYear.create(published.cohortId()));

        assertThatThrownBy(() -> data.callAs(draft.director(), () -> nextYear.create(draft.cohortId())))
                .isInstanceOf(NotPublished.class);
        assertThatThrownBy(() -> data.callAs(published.director(), () -> nextYear.create(published.cohortId())))
                .isInstanceOf(NextYearExists.class);
        assertThatThrownBy(() -> data.callAs(data.outsiderDirector(), () -> nextYear.create(published.cohortId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void turnsAContinuingResidentsRequestIntoAPreferenceAndTheDirectorsPinIntoAPin() {
        World world = publishedWorld();
        long next = data.callAs(world.director(), () -> nextYear.create(world.cohortId())).id();
        jdbc.update("update cohort set state = 'OPEN_FOR_PREFERENCES' where id = ?", next);

        assertThat(data.callAs(world.resident1(), () -> continuity.offer(next, "R1")))
                .contains(new ContinuityOffer("F1", "Dr. F1", false));
        ContinuityRequestView request = data.callAs(world.resident1(), () -> continuity.request(next, "R1"));
        assertThat(SystemActor.call(() -> assembler.toCore(next)).residents().get(0).ranking())
                .containsExactly(MentorId.of("F1"));
        assertThat(data.callAs(world.director(), () -> continuity.list(next)))
                .extracting(ContinuityRequestView::resident, ContinuityRequestView::mentor, ContinuityRequestView::pinned)
                .containsExactly(tuple("R1", "F1", false));
        assertThatThrownBy(() -> data.callAs(world.resident2(), () -> continuity.request(next, "R1")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(data.callAs(world.director(), () -> continuity.pin(next, request.id())).pinned()).isTrue();
        assertThat(SystemActor.call(() -> assembler.toCore(next)).pinned())
                .containsExactly(new Pair(ResidentId.of("R1"), MentorId.of("F1")));
        assertThat(data.callAs(world.resident1(), () -> continuity.offer(next, "R1")).orElseThrow().requested()).isTrue();
    }

    @Test
    void refusesARequestFromAResidentWithoutAMentorLastYear() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);

        assertThat(data.callAs(world.resident1(), () -> continuity.offer(world.cohortId(), "R1"))).isEmpty();
        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> continuity.request(world.cohortId(), "R1")))
                .isInstanceOf(NoPreviousMentor.class);
        assertThat(jdbc.queryForObject("select count(*) from continuity_request where cohort_id = ?", Long.class,
                world.cohortId())).isZero();
    }

    private World publishedWorld() {
        World world = data.world(CohortState.MATCHING);
        pairings.published(world);
        return world;
    }

    @Test
    void movesCodesAndNamesOneYearOn() {
        assertThat(AcademicYears.next("2026-2027")).isEqualTo("2027-2028");
        assertThat(AcademicYears.carry("IM-2026", "2026-2027", "2027-2028", "-", 64)).isEqualTo("IM-2027");
        assertThat(AcademicYears.carry("IM 2026-2027", "2026-2027", "2027-2028", " ", 200)).isEqualTo("IM 2027-2028");
        assertThat(AcademicYears.carry("IM", "2026-2027", "2027-2028", "-", 64)).isEqualTo("IM-2027-2028");
        assertThat(List.of(AcademicYears.carry("x".repeat(64), "2026-2027", "2027-2028", "-", 64)))
                .singleElement().satisfies(code -> assertThat(code).hasSize(64).endsWith("-2027-2028"));
    }
}
