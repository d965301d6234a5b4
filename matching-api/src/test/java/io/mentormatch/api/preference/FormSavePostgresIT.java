package io.mentormatch.api.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.PostgresDatabase;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortStamp;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.core.cohort.ResidentId;

/**
 * Residents saving at the deadline, on PostgreSQL's real row locks: one resident's save, still open, holds up
 * neither another resident's save nor the stamp that tells every instance about it, but it does hold up a
 * director's change of the cohort until it commits.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class FormSavePostgresIT {

    @Autowired
    PreferenceService preferences;
    @Autowired
    CohortService cohorts;
    @Autowired
    TestData data;
    @Autowired
    TransactionTemplate tx;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDatabase.create(FormSavePostgresIT.class);
        registry.add("mentormatch.db.url", () -> url);
        registry.add("mentormatch.db.user", PostgresDatabase::user);
    }

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void savesOfTwoResidentsDoNotWaitForEachOther() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CohortStamp before = cohorts.stamp(world.cohortId());
        CompletableFuture<Void> firstSaved = new CompletableFuture<>();
        Future<?> first = threads.submit(() -> saveAndHold(world, world.resident1(), "R1", firstSaved));
        firstSaved.get(30, TimeUnit.SECONDS);

        Future<PreferenceFormView> second = threads.submit(() -> save(world, world.resident2(), "R2"));

        assertThat(second.get(10, TimeUnit.SECONDS).form().careerGoal()).isEqualTo("clinician educator R2");
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        CohortStamp after = cohorts.stamp(world.cohortId());
        assertThat(after.formSaves()).isEqualTo(before.formSaves() + 2);
        assertThat(after.dataVersion()).isEqualTo(before.dataVersion());
    }

    @Test
    void aDirectorsChangeOfTheCohortWaitsForASaveInFlight() throws Exception {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CompletableFuture<Void> saved = new CompletableFuture<>();
        Future<?> save = threads.submit(() -> saveAndHold(world, world.resident1(), "R1", saved));
        saved.get(30, TimeUnit.SECONDS);

        Future<?> change = threads.submit(() -> tx.executeWithoutResult(status -> cohorts.lockedCohort(world.cohortId())));

        assertThatThrownBy(() -> change.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        save.get(30, TimeUnit.SECONDS);
        change.get(30, TimeUnit.SECONDS);
    }

    /** Saves the form in a transaction that stays open until the test releases it. */
    private void saveAndHold(World world, String username, String code, CompletableFuture<Void> saved) {
        tx.executeWithoutResult(status -> {
            save(world, username, code);
            saved.complete(null);
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private PreferenceFormView save(World world, String username, String code) {
        return data.callAs(username, () -> {
            long version = preferences.form(world.cohortId(), ResidentId.of(code)).version();
            return preferences.save(world.cohortId(), ResidentId.of(code), version, new PreferenceForm(
                    "clinician educator " + code, List.of("teaching"), List.of("MON-18"), List.of("F2"), List.of(), true));
        });
    }
}
