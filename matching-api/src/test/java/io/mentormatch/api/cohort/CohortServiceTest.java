package io.mentormatch.api.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import io.mentormatch.api.MutableClock;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.audit.AuditEntryEntity;
import io.mentormatch.api.audit.AuditEntryRepository;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.access.SystemActor;

/** The cohort service called directly, as the web pages call it: its rules hold without any HTTP in between. */
@SpringBootTest
class CohortServiceTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    TestData data;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    MutableClock clock;
    @Autowired
    CohortAssembler assembler;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusesCallsWithoutSignedInPerson() {
        World world = data.world(CohortState.DRAFT);
        assertThatThrownBy(() -> cohorts.get(world.cohortId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keepsDirectorsToTheirOwnProgram() {
        World world = data.world(CohortState.DRAFT);
        assertThat(data.callAs(world.director(), () -> cohorts.get(world.cohortId())).id()).isEqualTo(world.cohortId());
        assertThatThrownBy(() -> data.callAs(data.outsiderDirector(), () -> cohorts.get(world.cohortId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void letsTheSystemActorDoBackgroundWork() {
        World world = data.world(CohortState.DRAFT);
        assertThat(SystemActor.call(() -> cohorts.transition(world.cohortId(), CohortState.OPEN_FOR_PREFERENCES)).state())
                .isEqualTo(CohortState.OPEN_FOR_PREFERENCES);
        assertThat(audit.findByCohortIdOrderByOccurredAtAscIdAsc(world.cohortId()))
                .extracting(AuditEntryEntity::getActor, AuditEntryEntity::getAction)
                .containsExactly(tuple("system", "cohort.moved-to-open_for_preferences"));
    }

    @Test
    void refusesToOpenOnceTheDeadlineHasPassed() {
        World world = data.world(CohortState.DRAFT);
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> data.callAs(world.director(),
                () -> cohorts.transition(world.cohortId(), CohortState.OPEN_FOR_PREFERENCES)))
                .isInstanceOf(IllegalCohortTransition.class)
                .hasMessageContaining("has passed");
    }

    @Test
    void refusesToOpenWithoutResidents() {
        World world = data.world(CohortState.DRAFT);
        long empty = data.callAs(world.director(), () -> cohorts.create(new NewCohort(world.programId(), "EMPTY", "Empty",
                "2027-2028", Instant.now().plus(Duration.ofDays(10)), null, null, null, null, null))).id();
        assertThatThrownBy(() -> data.callAs(world.director(), () -> cohorts.transition(empty, CohortState.OPEN_FOR_PREFERENCES)))
                .isInstanceOf(IllegalCohortTransition.class)
                .hasMessageContaining("no residents");
    }

    @Test
    void leavesPublishingToThePublicationUseCase() {
        World world = data.world(CohortState.PROPOSED);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> cohorts.transition(world.cohortId(), CohortState.PUBLISHED)))
                .isInstanceOf(IllegalCohortTransition.class);
        assertThat(SystemActor.call(() -> cohorts.advance(world.cohortId(), CohortState.PUBLISHED)).state())
                .isEqualTo(CohortState.PUBLISHED);
    }

    @Test
    void refusesNewDeadlineInThePast() {
        World world = data.world(CohortState.DRAFT);
        CohortView current = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));
        CohortSettings settings = new CohortSettings(current.version(), current.name(), current.academicYear(),
                Instant.now().minus(Duration.ofDays(1)), 7, 3, 5, false, false, current.weights(), null);
        assertThatThrownBy(() -> data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(), settings)))
                .isInstanceOf(InvalidCohortSettings.class);
    }

    @Test
    void setsAFamilySizeThatTheMatchingReads() {
        World world = data.world(CohortState.DRAFT);
        CohortView current = data.callAs(world.director(), () -> cohorts.get(world.cohortId()));
        CohortSettings families = new CohortSettings(current.version(), current.name(), current.academicYear(),
                current.preferenceDeadline(), 7, 3, null, false, false, current.weights(), 4);

        assertThat(data.callAs(world.director(), () -> cohorts.updateSettings(world.cohortId(), families)).familySize())
                .isEqualTo(4);
        assertThat(SystemActor.call(() -> assembler.toCore(world.cohortId())).info().familySize()).isEqualTo(4);
    }

    @Test
    void listsEveryCohortForAnAdmin() {
        World world = data.world(CohortState.DRAFT);
        data.world(CohortState.DRAFT);
        assertThat(data.callAs(world.admin(), () -> cohorts.list(PageRequest.of(0, 100))).getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(data.callAs(world.resident1(), () -> cohorts.list(PageRequest.of(0, 100))).getContent())
                .extracting(CohortView::id).containsExactly(world.cohortId());
    }
}
