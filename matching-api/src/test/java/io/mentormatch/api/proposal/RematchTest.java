package io.mentormatch.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

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
import io.mentormatch.core.cohort.Layer;

@SpringBootTest
class RematchTest {

    @Autowired
    Rematch rematch;
    @Autowired
    MentorRepository mentors;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void offersCompatibleMentorsWithFreeSeatsBestFirst() {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);
        long r1 = residentId(world, "R1");

        var options = rematch.options(world.cohortId(), r1, Layer.PRIMARY, Set.of(), 10);

        assertThat(options).extracting(RematchOption::mentor).containsExactlyInAnyOrder("F1", "F2");
        assertThat(options.get(0).pairScore()).isGreaterThanOrEqualTo(options.get(1).pairScore());
        assertThat(options).allMatch(o -> !o.reasons().isEmpty());
    }

    @Test
    void skipsExcludedMentorsFullMentorsAndBannedPairs() {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);
        MentorEntity f2 = mentor(world, "F2");

        assertThat(rematch.options(world.cohortId(), residentId(world, "R1"), Layer.PRIMARY, Set.of(f2.getId()), 10))
                .extracting(RematchOption::mentor).containsExactly("F1");
        assertThat(rematch.options(world.cohortId(), residentId(world, "R2"), Layer.PRIMARY, Set.of(), 10))
                .as("R2 has a conflict of interest with F1").extracting(RematchOption::mentor).containsExactly("F2");
        f2.setCapacity(1);
        mentors.saveAndFlush(f2);
        assertThat(rematch.options(world.cohortId(), residentId(world, "R1"), Layer.PRIMARY, Set.of(), 10))
                .extracting(RematchOption::mentor).containsExactly("F1");
        assertThat(rematch.options(world.cohortId(), residentId(world, "R1"), Layer.PRIMARY, Set.of(), 0)).isEmpty();
    }

    @Test
    void bestKeepsEveryOtherPairingAndSkipsExcludedMentors() {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);
        long r1 = residentId(world, "R1");

        assertThat(rematch.best(world.cohortId(), r1, Layer.PRIMARY, Set.of(mentor(world, "F1").getId())))
                .map(RematchOption::mentor).contains("F2");
        assertThat(rematch.best(world.cohortId(), r1, Layer.PRIMARY,
                Set.of(mentor(world, "F1").getId(), mentor(world, "F2").getId())))
                .isEmpty();
    }

    private long residentId(World world, String code) {
        return jdbc.queryForObject("select id from resident where cohort_id = ? and code = ?", Long.class,
                world.cohortId(), code);
    }

    private MentorEntity mentor(World world, String code) {
        return mentors.findByCohortIdAndCode(world.cohortId(), code).orElseThrow();
    }
}
