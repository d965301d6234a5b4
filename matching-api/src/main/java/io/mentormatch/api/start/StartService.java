package io.mentormatch.api.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.pairing.Pairing;
import io.mentormatch.api.pairing.PairingDirectory;
import io.mentormatch.api.survey.SurveyService;
import io.mentormatch.api.survey.SurveyView;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.access.Role;

/**
 * The one read behind the start page and the to-do list: where the signed-in person's stage sends them, and what
 * their mentoring year asks of them now. A deadline that can pass (an open preference form, a proposal to answer)
 * comes before the year's steady work.
 */
@Service
public class StartService {

    /** How near a goal's target date must be to become a to-do. */
    public static final int GOAL_DAYS = 14;

    private static final String OPEN_FORM = """
            select count(*) from resident r join cohort c on c.id = r.cohort_id
            where r.user_id = ? and c.state = 'OPEN_FOR_PREFERENCES'""";
    private static final String PROPOSALS_TO_ANSWER = """
            select count(*) from proposal p join mentor m on m.id = p.mentor_id
            where m.user_id = ? and p.state = 'PROPOSED' and p.sent_at is not null and p.superseded_at is null""";
    private static final String MEETINGS_TO_CONFIRM = """
            select met_on from mentoring_meeting
            where pairing_id = ? and confirmed_at is null and logged_by_mentor = ? order by met_on, id""";
    private static final String GOALS_DUE = """
            select text, target_date from mentoring_goal
            where pairing_id = ? and status in ('NOT_STARTED', 'IN_PROGRESS') and target_date <= ?
            order by target_date, id""";

    private final PairingDirectory pairings;
    private final SurveyService surveys;
    private final CurrentActor actor;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StartService(PairingDirectory pairings, SurveyService surveys, CurrentActor actor, JdbcTemplate jdbc, Clock clock) {
        this.pairings = pairings;
        this.surveys = surveys;
        this.actor = actor;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public StartPage mine() {
        Actor me = actor.require();
        if (!me.is(Role.RESIDENT) && !me.is(Role.MENTOR)) {
            return new StartPage(StartPage.Destination.DASHBOARD, List.of());
        }
        List<Pairing> mine = pairings.mine();
        return new StartPage(destination(me, !mine.isEmpty()), toDos(mine));
    }

    /** The to-do list alone, for the navigation's count. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ToDo> myToDos() {
        Actor me = actor.require();
        return me.is(Role.RESIDENT) || me.is(Role.MENTOR) ? toDos(pairings.mine()) : List.of();
    }

    private StartPage.Destination destination(Actor me, boolean paired) {
        if (me.is(Role.RESIDENT)) {
            return count(OPEN_FORM, me) > 0 || !paired ? StartPage.Destination.PREFERENCES : StartPage.Destination.MENTORING;
        }
        return count(PROPOSALS_TO_ANSWER, me) > 0 || !paired ? StartPage.Destination.INBOX : StartPage.Destination.MENTORING;
    }

    private long count(String query, Actor me) {
        Long rows = jdbc.queryForObject(query, Long.class, me.userId());
        return rows == null ? 0 : rows;
    }

    private List<ToDo> toDos(List<Pairing> mine) {
        if (mine.isEmpty()) {
            return List.of();
        }
        List<ToDo> out = new ArrayList<>();
        Map<Long, Pairing> byId = mine.stream().collect(Collectors.toMap(Pairing::pairingId, Function.identity()));
        for (Pairing pairing : mine) {
            boolean iAmMentor = pairings.side(pairing).orElse(false);
            String partner = iAmMentor ? pairing.resident().name() : pairing.mentor().name();
            jdbc.query(MEETINGS_TO_CONFIRM, (row, n) -> new ToDo(ToDo.Kind.CONFIRM_MEETING, pairing.cohortId(),
                    pairing.pairingId(), partner, row.getObject("met_on", LocalDate.class), null, null),
                    pairing.pairingId(), !iAmMentor).forEach(out::add);
            LocalDate horizon = LocalDate.now(clock.withZone(pairing.zone())).plusDays(GOAL_DAYS);
            jdbc.query(GOALS_DUE, (row, n) -> new ToDo(ToDo.Kind.GOAL_DUE, pairing.cohortId(), pairing.pairingId(),
                    partner, row.getObject("target_date", LocalDate.class), row.getString("text"), null),
                    pairing.pairingId(), horizon).forEach(out::add);
        }
        for (SurveyView survey : surveys.mySurveys()) {
            Pairing pairing = byId.get(survey.pairingId());
            LocalDate lastDay = pairing == null || survey.closesAt() == null ? null
                    : survey.closesAt().minusSeconds(1).atZone(pairing.zone()).toLocalDate();
            out.add(new ToDo(ToDo.Kind.ANSWER_SURVEY, survey.cohortId(), survey.pairingId(), survey.partner(), lastDay,
                    survey.kind().title(), survey.surveyId()));
        }
        out.sort(Comparator.comparing(ToDo::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(out);
    }
}
