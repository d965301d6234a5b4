package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.problem.DomainException;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;

/**
 * Mentors accepting and directors reassigning at the same moment, on whatever database the subclass runs. Each
 * change alone is legal; together they are not: F2 has one free seat and two residents are moved to it, and an
 * unmatched resident is given two mentors at once. Every change locks the cohort row, so whatever order they
 * land in, no mentor ends with more current mentees than seats and no resident with two mentors; the losers get a
 * domain answer (409), never an error.
 */
abstract class CapacityScenario {

    private static final int ROUNDS = 16;

    @Autowired
    MentorDecisions decisions;
    @Autowired
    PairingEdits edits;
    @Autowired
    ProposalRepository proposalRows;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    ResidentRepository residents;

    @Test
    void keepsCapacityUnderConcurrentAcceptsAndReassignments() throws Exception {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        jdbc.update("delete from pair_rule where cohort_id = ? and kind = 'CONFLICT'", world.cohortId());
        for (String code : List.of("R3", "R4")) {
            ResidentEntity resident = new ResidentEntity(world.cohortId(), code);
            resident.setName("Resident " + code);
            residents.saveAndFlush(resident);
        }
        pairings.sent(world, stage.runId(), "R3", "F1");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            work.add(at(start, () -> reassign(world, "R1", "F2")));
            work.add(at(start, () -> reassign(world, "R3", "F2")));
            work.add(at(start, () -> reassign(world, "R4", "F1")));
            work.add(at(start, () -> reassign(world, "R4", "F2")));
            work.add(at(start, () -> data.callAs(world.mentor2(), () -> decisions.accept(world.cohortId(),
                    stage.proposalR2(), new Decision(0L, null)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Object>> outcomes;
        try {
            outcomes = work.stream().map(pool::submit).toList();
            start.countDown();
            int applied = 0;
            for (Future<Object> outcome : outcomes) {
                try {
                    outcome.get();
                    applied++;
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOfAny(DomainException.class,
                            OptimisticLockingFailureException.class);
                }
            }
            assertThat(applied).isPositive();
        } finally {
            pool.shutdown();
        }
        Map<Long, Integer> perMentor = new HashMap<>();
        Map<Long, Integer> perResident = new HashMap<>();
        for (ProposalEntity live : proposalRows.findLive(world.cohortId())) {
            perMentor.merge(live.getMentorId(), 1, Integer::sum);
            perResident.merge(live.getResidentId(), 1, Integer::sum);
        }
        assertThat(perMentor.values()).as("current mentees per mentor, 2 seats each").allMatch(count -> count <= 2);
        assertThat(perResident.values()).as("current mentors per resident").allMatch(count -> count == 1);
    }

    private Object reassign(World world, String resident, String mentor) {
        return data.callAs(world.director(), () -> edits.apply(world.cohortId(),
                new PairingChange(PairingChange.Kind.REASSIGN, resident, null, mentor)));
    }

    private static Callable<Object> at(CountDownLatch start, Callable<Object> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }
}
