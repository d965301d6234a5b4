package io.mentormatch.api.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.Pairings;
import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.publication.Publications;
import io.mentormatch.api.roster.Roster;

/**
 * A survey nobody answered closes when the next one opens: the services read at fixed moments of a world published
 * at {@code published}, whose two pairs never logged a meeting (so their first-meeting survey fell due at the end of
 * the 4-week first-meeting window).
 */
@SpringBootTest
class SurveyClosingTest {

    @Autowired
    TestData data;
    @Autowired
    Pairings pairings;
    @Autowired
    CohortRepository cohorts;
    @Autowired
    CohortService cohortService;
    @Autowired
    Publications publications;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    FirstMeetingDates firstMeetings;
    @Autowired
    SurveyDefinitions definitions;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    Roster roster;
    @Autowired
    CurrentActor actor;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;

    private final Instant published = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(400, ChronoUnit.DAYS);

    @Test
    void refusesAnAnswerOnceTheNextSurveyOpenedAndListsOnlyThatOne() {
        World world = data.world(CohortState.MATCHING);
        long r1 = pairings.publishedAt(world, published).proposalR1();
        String firstMeeting = r1 + "-first-meeting";

        SurveyService beforeMidYear = service(at(Period.ofMonths(6)).minusSeconds(1));
        assertThat(data.callAs(world.resident1(), beforeMidYear::mySurveys)).extracting(SurveyView::surveyId)
                .containsExactly(firstMeeting);

        SurveyService atMidYear = service(at(Period.ofMonths(6)));
        assertThat(data.callAs(world.resident1(), atMidYear::mySurveys)).extracting(SurveyView::surveyId)
                .containsExactly(r1 + "-mid-year");
        SurveyView closed = data.callAs(world.resident1(), () -> atMidYear.survey(firstMeeting));
        assertThat(closed.due()).isFalse();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closesAt()).isEqualTo(at(Period.ofMonths(6)));
        assertThatThrownBy(() -> data.callAs(world.resident1(), () -> tx.execute(status -> atMidYear.answer(firstMeeting, new SurveyAnswer(4, null, null)))))
                .isInstanceOf(SurveyNotDue.class);
        assertThat(responses.findByCohortId(world.cohortId())).isEmpty();
    }

    @Test
    void countsAClosedSurveyWithoutAnswersAsNotAnsweredInTheResponseRate() {
        World world = data.world(CohortState.MATCHING);
        long r1 = pairings.publishedAt(world, published).proposalR1();
        SurveyService inTheFirstMonths = service(at(Period.ofMonths(2)));
        data.callAs(world.resident1(), () -> tx.execute(status -> inTheFirstMonths.answer(r1 + "-first-meeting", new SurveyAnswer(4, null, null))));

        CohortSurveyResults.KindResults firstMeeting = results(at(Period.ofMonths(7))).compute(world.cohortId()).surveys()
                .stream().filter(k -> k.kind() == SurveyKind.FIRST_MEETING).findFirst().orElseThrow();

        assertThat(firstMeeting.expected()).as("two pairs, two sides each, closed or not").isEqualTo(4);
        assertThat(firstMeeting.responses()).isEqualTo(1);
    }

    @Test
    void readsTheYearOncePerReadOnlyTransactionAndAfreshInAWritingOne() {
        World world = data.world(CohortState.MATCHING);
        pairings.publishedAt(world, published);
        SurveyCalendar calendar = calendar(at(Period.ofMonths(2)));
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> assertThat((Object) calendar.report(world.cohortId()).orElseThrow())
                .isSameAs(calendar.report(world.cohortId()).orElseThrow()));
        SurveyCalendar.Year first = readOnly.execute(status -> calendar.report(world.cohortId()).orElseThrow());
        SurveyCalendar.Year next = readOnly.execute(status -> calendar.report(world.cohortId()).orElseThrow());
        assertThat((Object) next).as("next transaction").isNotSameAs(first);
        tx.executeWithoutResult(status -> assertThat((Object) calendar.report(world.cohortId()).orElseThrow())
                .isNotSameAs(calendar.report(world.cohortId()).orElseThrow()));
    }

    private Instant at(Period sincePublication) {
        return SurveyCalendar.after(published, sincePublication);
    }

    private SurveyCalendar calendar(Instant now) {
        return new SurveyCalendar(cohorts, publications, proposals, firstMeetings, Clock.fixed(now, ZoneOffset.UTC));
    }

    private SurveyService service(Instant now) {
        return new SurveyService(calendar(now), definitions, responses, proposals, roster, cohorts, actor, audit,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private SurveyResults results(Instant now) {
        return new SurveyResults(calendar(now), responses, definitions, cohortService);
    }
}
