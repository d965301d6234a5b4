package io.mentormatch.api.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.mentormatch.api.health.HealthService;
import io.mentormatch.api.health.ProgramHealth;
import io.mentormatch.api.proposal.CandidateFilter;
import io.mentormatch.api.proposal.CandidateMentor;
import io.mentormatch.api.proposal.MinimalChange;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;

/**
 * The director's change-of-mentor decision page: every compatible mentor with a free seat, ranked and filtered,
 * any of whom the director may choose; the other residents named for "Move others too"; and the program's figures,
 * which keep the meetings of the pairing that ended.
 */
@SpringBootTest
class ChangeDecisionPagesTest {

    @Autowired
    ChangeDecisionPages pages;
    @Autowired
    ChangeDecisions decisions;
    @Autowired
    HealthService health;
    @Autowired
    MentorRepository mentors;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsEveryCompatibleMentorWithAFreeSeatBestFirstWithTheReasonAndFilters() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);
        addMentor(world, "F3", "Emergency Medicine", "trauma");

        ChangeDecisionPage page = data.callAs(world.director(), () -> pages.page(world.cohortId(), requestId,
                CandidateFilter.NONE));
        ChangeDecisionPage trauma = data.callAs(world.director(), () -> pages.page(world.cohortId(), requestId,
                new CandidateFilter(null, "Trauma", null, 1)));
        ChangeDecisionPage surgery = data.callAs(world.director(), () -> pages.page(world.cohortId(), requestId,
                new CandidateFilter("Surgery", null, null, 1)));

        assertThat(page.request().reason()).isEqualTo("We never find a time to meet");
        assertThat(page.candidates().shown()).extracting(CandidateMentor::mentor)
                .containsExactlyInAnyOrder("F2", "F3").doesNotContain("F1");
        assertThat(page.candidates().shown()).extracting(CandidateMentor::rank).containsExactly(1, 2);
        assertThat(page.candidates().shown()).extracting(CandidateMentor::pairScore).isSortedAccordingTo(
                (a, b) -> Integer.compare(b, a));
        assertThat(page.candidates().shown().get(0).suggested()).isTrue();
        assertThat(page.candidates().specialties()).containsExactly("Emergency Medicine", "Pediatrics");
        assertThat(trauma.candidates().shown()).extracting(CandidateMentor::mentor).containsExactly("F3");
        assertThat(surgery.candidates().shown()).isEmpty();
        assertThat(surgery.candidates().total()).isEqualTo(2);
        assertThat(page.others()).extracting(o -> o.residentName() + " with " + o.mentorName())
                .containsExactly("Resident R2 with Dr. F2");
    }

    @Test
    void theDirectorMayChooseAMentorTheMatchingDoesNotSuggest() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);
        addMentor(world, "F3", "Emergency Medicine", "trauma");
        List<CandidateMentor> shown = data.callAs(world.director(), () -> pages.page(world.cohortId(), requestId,
                CandidateFilter.NONE)).candidates().shown();
        CandidateMentor second = shown.get(1);

        ChangeRequestView decided = data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approve(second.mentor())));

        assertThat(second.suggested()).isFalse();
        assertThat(decided.newMentorName()).isEqualTo(second.name());
        assertThat(jdbc.queryForObject("select m.name from proposal p join mentor m on m.id = p.mentor_id where p.id = ?",
                String.class, decided.newPairingId())).isEqualTo(second.name());
    }

    @Test
    void movesTheNamedResidentTooWhenTheirSeatSuitsBetter() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);
        setCapacity(world, "F2", 1);
        addMentor(world, "F3", "Pediatrics", "research");
        jdbc.update("update mentor set availability = '[\"MON-18\"]' where cohort_id = ? and code = 'F3'", world.cohortId());
        jdbc.update("update resident set career_goal = 'Pediatrics', interests = '[\"teaching\"]' where cohort_id = ?"
                + " and code = 'R1'", world.cohortId());
        ChangeDecisionPage page = data.callAs(world.director(), () -> pages.page(world.cohortId(), requestId,
                CandidateFilter.NONE));
        assertThat(page.candidates().shown()).extracting(CandidateMentor::mentor).containsExactly("F3");
        String r2 = page.others().get(0).resident();

        ChangeRequestView decided = data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId,
                ChangeDecision.approveMoves(new MinimalChange(1, List.of(r2), null))));

        assertThat(decided.status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(decided.newMentor()).isEqualTo("F2");
        assertThat(jdbc.queryForList("""
                select r.code || '-' || m.code from proposal p join resident r on r.id = p.resident_id
                join mentor m on m.id = p.mentor_id
                where p.cohort_id = ? and p.superseded_at is null and p.state <> 'DECLINED'""", String.class,
                world.cohortId())).containsExactlyInAnyOrder("R1-F2", "R2-F3");
    }

    @Test
    void theProgramStillCountsTheMeetingsOfAPairingThatEnded() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);
        long oldPairing = jdbc.queryForObject("select pairing_id from change_request where id = ?", Long.class, requestId);
        pairings.meeting(world, oldPairing, false);
        ProgramHealth before = data.callAs(world.director(), () -> health.health(world.cohortId()));

        data.callAs(world.director(), () -> decisions.decide(world.cohortId(), requestId, ChangeDecision.approve("F2")));
        ProgramHealth after = data.callAs(world.director(), () -> health.health(world.cohortId()));

        assertThat(before.pairsMet()).isEqualTo(1);
        assertThat(after.pairsMet()).isEqualTo(1);
        assertThat(after.pairs()).isEqualTo(2);
        assertThat(after.meetings()).isEqualTo(1);
    }

    @Test
    void otherProgramsDirectorsCannotReadThePage() {
        World world = data.world(CohortState.MATCHING);
        long requestId = pairings.changeRequested(world);

        assertThatThrownBy(() -> data.callAs(data.outsiderDirector(), () -> pages.page(world.cohortId(), requestId,
                CandidateFilter.NONE))).isInstanceOf(AccessDeniedException.class);
    }

    private void addMentor(World world, String code, String specialty, String interest) {
        MentorEntity mentor = new MentorEntity(world.cohortId(), code);
        mentor.setName("Dr. " + code);
        mentor.setEmail(code + "@example.org");
        mentor.setSpecialty(specialty);
        mentor.setInterests(List.of(interest));
        mentor.setCapacity(1);
        mentors.saveAndFlush(mentor);
    }

    private void setCapacity(World world, String mentorCode, int capacity) {
        MentorEntity mentor = mentors.findByCohortIdAndCode(world.cohortId(), mentorCode).orElseThrow();
        mentor.setCapacity(capacity);
        mentors.saveAndFlush(mentor);
    }
}
