package io.mentormatch.api.proposal;

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
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;

/**
 * A mentor's decline: by default its re-match is a draft the director reviews (nothing proposed, one mail to the
 * director), and the director approves the suggestion or picks another mentor; with "Re-propose declines
 * automatically" on, the decline proposes at once as it always did.
 */
@SpringBootTest
class DeclineDraftsTest {

    @Autowired
    MentorDecisions decisions;
    @Autowired
    DeclineDrafts drafts;
    @Autowired
    MentorRepository mentors;
    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void declineKeepsTheRematchAsADraftAndProposesNothing() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);

        List<ProposalView> result = data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(0L, "A psychiatry-linked mentor would serve him better")));

        assertThat(result).extracting(ProposalView::state).containsExactly(ProposalState.DECLINED);
        assertThat(liveProposalsOf(world, "R1")).isZero();
        assertThat(data.callAs(world.director(), () -> drafts.pending(world.cohortId()))).isEqualTo(1);
        RematchDraftSummary draft = data.callAs(world.director(), () -> drafts.open(world.cohortId())).get(0);
        assertThat(draft.residentName()).isEqualTo("Resident R1");
        assertThat(draft.declinedBy()).isEqualTo("Dr. F1");
        assertThat(draft.suggestedMentorName()).isEqualTo("Dr. F2");
        assertThat(mails(world, "proposal-sent")).isEmpty();
        assertThat(mails(world, "rematch-drafted")).containsExactly(world.director() + "@example.org");
        assertThat(mails(world, "decision")).isEmpty();
    }

    @Test
    void reviewShowsTheDeclineReasonBesideTheSuggestionAndEveryCandidate() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        addMentor(world, "F3", "Psychiatry");
        jdbc.update("update resident set ranking = '[\"F1\", \"F2\", \"F3\"]' where cohort_id = ? and code = 'R1'",
                world.cohortId());
        data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(), stage.proposalR1(),
                new Decision(0L, "A psychiatry-linked mentor would serve him better")));
        long draftId = data.callAs(world.director(), () -> drafts.open(world.cohortId())).get(0).draftId();

        RematchDraftReview review = data.callAs(world.director(), () -> drafts.review(world.cohortId(), draftId,
                CandidateFilter.NONE));
        RematchDraftReview psychiatry = data.callAs(world.director(), () -> drafts.review(world.cohortId(), draftId,
                new CandidateFilter("psychiatry", null, null, 1)));

        assertThat(review.declineReason()).isEqualTo("A psychiatry-linked mentor would serve him better");
        assertThat(review.suggestedMentorName()).isEqualTo("Dr. F2");
        assertThat(review.candidates().shown()).extracting(CandidateMentor::name)
                .containsExactlyInAnyOrder("Dr. F2", "Dr. F3").doesNotContain("Dr. F1");
        assertThat(review.candidates().shown()).flatExtracting(CandidateMentor::reasons)
                .noneMatch(reason -> reason.contains("Your") || reason.contains("your") || reason.startsWith("Add "))
                .anyMatch(reason -> reason.matches(".*'s 3rd choice"));
        assertThat(psychiatry.candidates().shown()).extracting(CandidateMentor::name).containsExactly("Dr. F3");
        assertThat(psychiatry.candidates().total()).isEqualTo(2);
    }

    @Test
    void approvingTheDraftWithAnotherMentorSendsTheProposalAndClearsTheReview() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        addMentor(world, "F3", "Psychiatry");
        data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(), stage.proposalR1(),
                new Decision(0L, "A psychiatry-linked mentor would serve him better")));
        long draftId = data.callAs(world.director(), () -> drafts.open(world.cohortId())).get(0).draftId();

        ProposalView sent = data.callAs(world.director(), () -> drafts.approve(world.cohortId(), draftId, "F3"));

        assertThat(sent.mentor()).isEqualTo("F3");
        assertThat(sent.state()).isEqualTo(ProposalState.PROPOSED);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(jdbc.queryForObject("""
                select m.code from proposal p join mentor m on m.id = p.mentor_id join resident r on r.id = p.resident_id
                where p.cohort_id = ? and r.code = 'R1' and p.superseded_at is null and p.state <> 'DECLINED'""",
                String.class, world.cohortId())).isEqualTo("F3");
        assertThat(mails(world, "proposal-sent")).containsExactly("mentor3@example.org");
        assertThat(data.callAs(world.director(), () -> drafts.pending(world.cohortId()))).isZero();
        assertThatThrownBy(() -> data.callAs(world.director(), () -> drafts.approve(world.cohortId(), draftId, "F2")))
                .isInstanceOf(RematchDraftDecided.class);
    }

    @Test
    void refusesAMentorWithoutAFreeSeatAndOtherProgramsDirectors() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(), stage.proposalR1(),
                new Decision(0L, "no time")));
        long draftId = data.callAs(world.director(), () -> drafts.open(world.cohortId())).get(0).draftId();
        setCapacity(world, "F2", 1);

        assertThatThrownBy(() -> data.callAs(world.director(), () -> drafts.approve(world.cohortId(), draftId, "F2")))
                .isInstanceOf(MentorUnavailable.class).hasMessageContaining("Dr. F2");
        assertThatThrownBy(() -> data.callAs(data.outsiderDirector(), () -> drafts.approve(world.cohortId(), draftId,
                "F2"))).isInstanceOf(AccessDeniedException.class);
        assertThat(liveProposalsOf(world, "R1")).isZero();
    }

    @Test
    void withTheSettingOnADeclineProposesTheRematchAtOnceAsBefore() {
        World world = data.world(CohortState.MATCHING);
        Pairings.Stage stage = pairings.proposed(world);
        pairings.reproposeDeclines(world);

        List<ProposalView> result = data.callAs(world.mentor1(), () -> decisions.decline(world.cohortId(),
                stage.proposalR1(), new Decision(0L, "no time")));

        assertThat(result).extracting(ProposalView::mentor).containsExactly("F1", "F2");
        assertThat(result.get(1).sentAt()).isNotNull();
        assertThat(liveProposalsOf(world, "R1")).isEqualTo(1);
        assertThat(data.callAs(world.director(), () -> drafts.pending(world.cohortId()))).isZero();
        assertThat(mails(world, "rematch-drafted")).isEmpty();
        assertThat(mails(world, "decision")).containsExactly(world.director() + "@example.org");
    }

    private long liveProposalsOf(World world, String resident) {
        return jdbc.queryForObject("""
                select count(*) from proposal p join resident r on r.id = p.resident_id
                where p.cohort_id = ? and r.code = ? and p.superseded_at is null and p.state <> 'DECLINED'""",
                Long.class, world.cohortId(), resident);
    }

    private List<String> mails(World world, String template) {
        return jdbc.queryForList("select recipient from notification where cohort_id = ? and template = ?",
                String.class, world.cohortId(), template);
    }

    private void addMentor(World world, String code, String specialty) {
        MentorEntity mentor = new MentorEntity(world.cohortId(), code);
        mentor.setName("Dr. " + code);
        mentor.setEmail("mentor3@example.org");
        mentor.setSpecialty(specialty);
        mentor.setInterests(List.of("psychiatry"));
        mentor.setCapacity(1);
        mentors.saveAndFlush(mentor);
    }

    private void setCapacity(World world, String mentorCode, int capacity) {
        MentorEntity mentor = mentors.findByCohortIdAndCode(world.cohortId(), mentorCode).orElseThrow();
        mentor.setCapacity(capacity);
        mentors.saveAndFlush(mentor);
    }
}
