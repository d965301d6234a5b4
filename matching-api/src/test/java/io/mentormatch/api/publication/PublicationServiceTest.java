package io.mentormatch.api.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.audit.AuditEntryRepository;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.MentorDecisions;
import io.mentormatch.api.proposal.ProposalState;

@SpringBootTest
@AutoConfigureMockMvc
class PublicationServiceTest {

    @Autowired
    PublicationService publications;
    @Autowired
    MentorDecisions decisions;
    @Autowired
    CohortService cohorts;
    @Autowired
    AuditEntryRepository audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;

    @Test
    void refusesPublicationWhileProposalsAreOpen() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(), stage.proposalR1(), new Decision(0L, null)));

        assertThatThrownBy(() -> data.callAs(world.director(), () -> publications.publish(world.cohortId(),
                new PublishRequest(false, null))))
                .isInstanceOf(ProposalsStillOpen.class).hasMessageStartingWith("1 proposal(s)");
        assertThat(cohorts.find(world.cohortId()).getState()).isEqualTo(CohortState.PROPOSED);
    }

    /** Issue 21: an unsent re-match draft waits for the director, not for a mentor: it does not count as open. */
    @Test
    void publishesWithoutOverrideWhenOnlyAnUnsentDraftIsUnanswered() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        data.callAs(world.mentor1(), () -> decisions.accept(world.cohortId(), stage.proposalR1(), new Decision(0L, null)));
        jdbc.update("update proposal set sent_at = null where id = ?", stage.proposalR2());

        PublicationView published = data.callAs(world.director(), () -> publications.publish(world.cohortId(),
                new PublishRequest(false, null)));

        assertThat(published.overrodeOpenProposals()).isFalse();
        assertThat(cohorts.find(world.cohortId()).getState()).isEqualTo(CohortState.PUBLISHED);
    }

    @Test
    void publishesOverOpenProposalsWithOverrideAndLogsIt() {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);

        PublicationView published = data.callAs(world.director(), () -> publications.publish(world.cohortId(),
                new PublishRequest(true, "the academic year starts Monday")));

        assertThat(published.overrodeOpenProposals()).isTrue();
        assertThat(published.overrideReason()).isEqualTo("the academic year starts Monday");
        assertThat(published.publishedBy()).isEqualTo(world.director());
        assertThat(cohorts.find(world.cohortId()).getState()).isEqualTo(CohortState.PUBLISHED);
        assertThat(audit.findByCohortIdOrderByOccurredAtAscIdAsc(world.cohortId()))
                .anySatisfy(entry -> {
                    assertThat(entry.getAction()).isEqualTo("cohort.published-with-override");
                    assertThat(entry.getActor()).isEqualTo(world.director());
                    assertThat(entry.getAfterJson()).contains("the academic year starts Monday");
                    assertThat(entry.getBeforeJson()).contains("\"openProposals\":2");
                });
        assertThat(data.callAs(world.resident1(), () -> publications.forResident(world.cohortId(), "R1")).state())
                .isEqualTo(ProposalState.PROPOSED);
    }

    @Test
    void refusesPublicationOfCohortStillMatchingOrAlreadyPublished() {
        World matching = data.world(CohortState.MATCHING);
        World published = data.world(CohortState.MATCHING);
        pairings.published(published);

        assertThatThrownBy(() -> data.callAs(matching.director(), () -> publications.publish(matching.cohortId(),
                new PublishRequest(false, null)))).isInstanceOf(CohortLocked.class);
        assertThatThrownBy(() -> data.callAs(published.director(), () -> publications.publish(published.cohortId(),
                new PublishRequest(false, null)))).isInstanceOf(CohortLocked.class);
    }

    @Test
    void showsNothingBeforePublication() {
        World world = data.world(CohortState.MATCHING);
        pairings.proposed(world);

        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> publications.forResident(world.cohortId(), "R1")))
                .isInstanceOf(NotPublished.class);
    }

    @Test
    void showsEachPersonTheirPairingWithSlotsInProgramTimeZone() {
        World world = data.world(CohortState.MATCHING);
        jdbc.update("update program set time_zone = 'America/Chicago' where id = ?", world.programId());
        pairings.published(world);

        PublishedPairing mine = data.callAs(world.resident1(), () -> publications.forResident(world.cohortId(), "R1"));

        assertThat(mine.mentor()).isEqualTo("F1");
        assertThat(mine.reasons()).containsExactly("Same specialty");
        assertThat(mine.suggestedFirstMeetings()).hasSize(3).allSatisfy(slot -> {
            assertThat(slot.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
            assertThat(slot.getDayOfWeek().getValue()).isEqualTo(1);
            assertThat(slot.getHour()).isEqualTo(18);
        });
        assertThat(data.callAs(world.mentor1(), () -> publications.forMentor(world.cohortId(), "F1")))
                .extracting(PublishedPairing::resident).containsExactly("R1");
    }

    @Test
    void exportsPairingsAsCsvWithFormulasNeutralised() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.published(world);
        jdbc.update("update resident set name = '=HYPERLINK(\"http://evil\",\"x\")' where cohort_id = ? and code = 'R1'",
                world.cohortId());

        String csv = data.callAs(world.director(), () -> publications.csv(world.cohortId()));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("resident")).isEqualTo("R1");
        assertThat(rows.get(0).get("resident_name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(rows.get(0).get("mentor")).isEqualTo("F1");
        assertThat(rows.get(0).get("state")).isEqualTo("Accepted");
        assertThat(rows.get(0).get("layer")).isEqualTo("Faculty mentor");
    }

    /** The pair's common hour is Monday 18:00 in the program's zone (TestData): the export says that hour, there. */
    @Test
    void exportsTheFirstMeetingInTheProgramsTimeZoneNamedInTheHeader() throws Exception {
        World world = data.world(CohortState.MATCHING);
        pairings.published(world);
        jdbc.update("update program set time_zone = 'America/Chicago' where id = ?", world.programId());

        String csv = data.callAs(world.director(), () -> publications.csv(world.cohortId()));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        String firstMeeting = rows.get(0).get("first_meeting (America/Chicago)");
        assertThat(firstMeeting).matches("\\d{4}-\\d{2}-\\d{2} 18:00");
        assertThat(java.time.LocalDate.parse(firstMeeting.substring(0, 10)).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(csv).doesNotContain("[", "ACCEPTED", "PRIMARY", "T18:00");
    }

    @Test
    void refusesCalendarOfPairingWithoutCommonHour() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        jdbc.update("update resident set availability = '[\"SUN-03\"]' where cohort_id = ? and code = 'R1'", world.cohortId());

        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> publications.firstMeetingCalendar(world.cohortId(),
                stage.proposalR1()))).isInstanceOf(NoCommonAvailability.class);
    }

    @Test
    void refusesCalendarOfSomeoneElsesPairing() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);

        assertThatThrownBy(() -> data.callAs(world.resident2(), () -> publications.firstMeetingCalendar(world.cohortId(),
                stage.proposalR1()))).isInstanceOf(AccessDeniedException.class);
        assertThat(data.callAs(world.mentor1(), () -> publications.firstMeetingCalendar(world.cohortId(), stage.proposalR1())))
                .contains("SUMMARY:Mentoring: Resident R1 and Dr. F1");
    }

    @Test
    void writesTheCalendarInTheDirectorsWordsWithoutTheResidentsRankingOrAdvice() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.published(world);
        jdbc.update("update proposal set reasons = '[\"Your 1st choice\", \"Add interests to get better suggestions\","
                + " \"The mentor asked to mentor you\"]' where id = ?", stage.proposalR1());

        for (String member : List.of(world.resident1(), world.mentor1(), world.director())) {
            // a calendar folds its lines at 75 octets: unfold before reading
            String calendar = data.callAs(member, () -> publications.firstMeetingCalendar(world.cohortId(),
                    stage.proposalR1())).replace("\r\n ", "");
            assertThat(calendar).as(member).contains("Resident R1 gave no interests", "Dr. F1 listed Resident R1")
                    .doesNotContain("choice").doesNotContain("Add interests").doesNotContain("Your ");
        }
    }
}
