package io.mentormatch.api.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;
import io.mentormatch.core.cohort.ResidentId;

/**
 * Two caches stand for two instances of a cluster: each keeps its own values, and only the stamp in the
 * database tells them that the other one, or anyone, changed the cohort's data.
 */
@SpringBootTest
class CohortCacheTest {

    @Autowired
    TestData data;
    @Autowired
    CohortService cohorts;
    @Autowired
    CohortRepository cohortRows;
    @Autowired
    MentorRepository mentors;
    @Autowired
    ResidentRepository residents;
    @Autowired
    PairRuleRepository pairRules;
    @Autowired
    PreferenceService preferences;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PlatformTransactionManager transactions;

    /** What the value is computed from in these tests: the names of the cohort's mentors, counted per computation. */
    private final List<Long> computed = new ArrayList<>();

    private LongFunction<List<String>> mentorNames() {
        return id -> {
            computed.add(id);
            return mentors.findByCohortIdOrderByCode(id).stream().map(MentorEntity::getName).toList();
        };
    }

    private void renameF1(World world, String name) {
        tx.executeWithoutResult(status -> mentors.findByCohortIdAndCode(world.cohortId(), "F1").orElseThrow().setName(name));
    }

    @Test
    void computesOncePerInstanceWhileNothingChanges() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CohortCache<List<String>> instance = new CohortCache<>(cohorts, transactions);
        instance.get(world.cohortId(), mentorNames());
        instance.get(world.cohortId(), mentorNames());
        assertThat(computed).hasSize(1);
    }

    @Test
    void computesInAReadOnlyTransactionOfItsOwn() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        List<Boolean> activeAndReadOnly = new CohortCache<List<Boolean>>(cohorts, transactions).get(world.cohortId(),
                id -> List.of(TransactionSynchronizationManager.isActualTransactionActive(),
                        TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
        assertThat(activeAndReadOnly).containsExactly(true, true);
    }

    @Test
    void recomputesOnEveryInstanceAfterAMentorChanged() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CohortCache<List<String>> first = new CohortCache<>(cohorts, transactions);
        CohortCache<List<String>> second = new CohortCache<>(cohorts, transactions);
        first.get(world.cohortId(), mentorNames());
        second.get(world.cohortId(), mentorNames());

        renameF1(world, "Dr. Renamed");

        assertThat(first.get(world.cohortId(), mentorNames())).contains("Dr. Renamed");
        assertThat(second.get(world.cohortId(), mentorNames())).contains("Dr. Renamed");
    }

    @Test
    void bumpsTheDataVersionOncePerTransactionForEachKindOfRow() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        long before = cohorts.stamp(world.cohortId()).dataVersion();
        tx.executeWithoutResult(status -> {
            mentors.findByCohortIdAndCode(world.cohortId(), "F1").orElseThrow().setName("Dr. One");
            mentors.findByCohortIdAndCode(world.cohortId(), "F2").orElseThrow().setName("Dr. Two");
        });
        long afterMentors = cohorts.stamp(world.cohortId()).dataVersion();
        tx.executeWithoutResult(status -> residents.findByCohortIdAndCode(world.cohortId(), "R1").orElseThrow()
                .setCareerGoal("surgeon scientist"));
        long afterResident = cohorts.stamp(world.cohortId()).dataVersion();
        tx.executeWithoutResult(status -> pairRules.deleteAll(pairRules.findByCohortId(world.cohortId())));
        long afterRuleRemoved = cohorts.stamp(world.cohortId()).dataVersion();
        tx.executeWithoutResult(status -> pairRules.save(new PairRuleEntity(world.cohortId(), PairRuleKind.PINNED,
                residents.findByCohortIdAndCode(world.cohortId(), "R1").orElseThrow().getId(),
                mentors.findByCohortIdAndCode(world.cohortId(), "F1").orElseThrow().getId(), null, Instant.now())));
        long afterRuleAdded = cohorts.stamp(world.cohortId()).dataVersion();

        assertThat(List.of(afterMentors, afterResident, afterRuleRemoved, afterRuleAdded))
                .containsExactly(before + 1, before + 2, before + 3, before + 4);
    }

    @Test
    void recomputesOnEveryInstanceAfterAFormSaveCountedApartFromTheDataVersion() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CohortCache<List<String>> first = new CohortCache<>(cohorts, transactions);
        CohortCache<List<String>> second = new CohortCache<>(cohorts, transactions);
        LongFunction<List<String>> careerGoals = id -> residents.findByCohortIdOrderByCode(id).stream()
                .map(ResidentEntity::getCareerGoal).toList();
        first.get(world.cohortId(), careerGoals);
        second.get(world.cohortId(), careerGoals);
        CohortStamp before = cohorts.stamp(world.cohortId());

        for (int save = 1; save <= 2; save++) {
            String goal = "surgeon scientist " + save;
            data.callAs(world.resident1(), () -> preferences.save(world.cohortId(), ResidentId.of("R1"),
                    preferences.form(world.cohortId(), ResidentId.of("R1")).version(),
                    new PreferenceForm(goal, List.of(), List.of(), List.of(), List.of(), true)));

            assertThat(first.get(world.cohortId(), careerGoals)).contains(goal);
            assertThat(second.get(world.cohortId(), careerGoals)).contains(goal);
        }
        CohortStamp after = cohorts.stamp(world.cohortId());
        assertThat(after.formSaves()).isEqualTo(before.formSaves() + 2);
        assertThat(after.dataVersion()).isEqualTo(before.dataVersion());
    }

    @Test
    void changesTheStampWhenTheCohortSettingsChangeButNotTheDataVersion() {
        World world = data.world(CohortState.OPEN_FOR_PREFERENCES);
        CohortStamp before = cohorts.stamp(world.cohortId());
        tx.executeWithoutResult(status -> cohortRows.findById(world.cohortId()).orElseThrow().setRequireSameSpecialty(true));
        CohortStamp after = cohorts.stamp(world.cohortId());
        assertThat(after).isNotEqualTo(before);
        assertThat(after.dataVersion()).isEqualTo(before.dataVersion());
    }

    @Test
    void refusesAnUnknownCohort() {
        assertThatThrownBy(() -> new CohortCache<List<String>>(cohorts, transactions).get(Long.MAX_VALUE, mentorNames()))
                .isInstanceOf(CohortNotFound.class);
        assertThat(computed).isEmpty();
    }
}
