package io.mentormatch.api.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.api.roster.Roster;

/**
 * The surveys a resident or mentor owes, and their answers. Only the two members of a pairing see or answer its
 * surveys (anyone else, directors included, gets 403), each once. The audit records that a survey was answered, never
 * who answered or what. The form says beforehand what a director learns from an answer.
 */
@Service
public class SurveyService {

    private final SurveyCalendar calendar;
    private final SurveyDefinitions definitions;
    private final SurveyResponseRepository responses;
    private final ProposalRepository proposals;
    private final Roster roster;
    private final CohortRepository cohorts;
    private final CurrentActor actor;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(SurveyCalendar calendar, SurveyDefinitions definitions, SurveyResponseRepository responses,
                  ProposalRepository proposals, Roster roster,
                  CohortRepository cohorts, CurrentActor actor, AuditLog audit, Clock clock) {
        this.calendar = calendar;
        this.definitions = definitions;
        this.responses = responses;
        this.proposals = proposals;
        this.roster = roster;
        this.cohorts = cohorts;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's due and unanswered surveys, over all their current pairings. */
    @Transactional(readOnly = true)
    public List<SurveyView> mySurveys() {
        Actor me = actor.require();
        List<SurveyView> due = new ArrayList<>();
        for (ProposalEntity pairing : myPairings(me)) {
            calendar.year(pairing.getCohortId()).filter(y -> y.pairing(pairing.getId()).isPresent()).ifPresent(year ->
                    Arrays.stream(SurveyKind.values()).map(kind -> view(year, pairing, kind, role(me, pairing).orElseThrow()))
                            .filter(v -> v.due() && !v.answered()).forEach(due::add));
        }
        return due;
    }

    @Transactional(readOnly = true)
    public SurveyView survey(String surveyId) {
        Target target = target(surveyId);
        return view(target.year(), target.pairing(), target.id().kind(), target.role());
    }

    @Transactional
    public SurveyView answer(String surveyId, SurveyAnswer answer) {
        Target target = target(surveyId);
        SurveyId id = target.id();
        if (!target.year().isDue(id.pairingId(), id.kind())) {
            throw new SurveyNotDue(id);
        }
        check(id.kind(), answer);
        if (responses.findByPairingIdAndKindAndRespondentRole(id.pairingId(), id.kind(), target.role()).isPresent()) {
            throw new SurveyAlreadyAnswered(id);
        }
        SurveyResponseEntity saved = responses.saveAndFlush(new SurveyResponseEntity(target.year().cohortId(), id,
                target.role(), actor.require().userId(), answer, clock.instant()));
        // that a survey was answered, naming neither the person nor the pairing nor the answer: the director reads
        // this log beside the results and the at-risk flags
        audit.recordUnattributed("survey.answered", "survey", id.kind().slug(), target.year().cohortId(), null,
                Map.of("kind", id.kind()));
        return view(target.year(), target.pairing(), id.kind(), target.role());
    }

    /** The caller's survey: 404 for an id that cannot be a survey, 403 for a pairing that is not theirs. */
    private Target target(String surveyId) {
        SurveyId id = SurveyId.parse(surveyId).orElseThrow(() -> new SurveyNotFound(surveyId == null ? "" : abbreviate(surveyId)));
        Actor me = actor.require();
        ProposalEntity pairing = proposals.findById(id.pairingId()).orElseThrow(() -> new AccessDeniedException("not your survey"));
        Respondent role = role(me, pairing).orElseThrow(() -> new AccessDeniedException("not your survey"));
        SurveyCalendar.Year year = calendar.year(pairing.getCohortId()).filter(y -> y.pairing(pairing.getId()).isPresent())
                .orElseThrow(() -> new SurveyNotFound(id + ": the pairing is not a current published pairing"));
        return new Target(id, pairing, role, year);
    }

    private List<ProposalEntity> myPairings(Actor me) {
        List<ProposalEntity> mine = new ArrayList<>();
        if (me.is(Role.RESIDENT)) {
            roster.residentsOfAccount(me.userId()).forEach(r -> mine.addAll(proposals.findLiveOfResident(r.id())));
        } else if (me.is(Role.MENTOR)) {
            roster.mentorsOfAccount(me.userId()).forEach(m -> mine.addAll(proposals.findLiveOfMentor(m.id())));
        }
        return mine;
    }

    /** The side of the pairing the caller is on, if any: by the roster row linked to their account. */
    private Optional<Respondent> role(Actor me, ProposalEntity pairing) {
        if (me.is(Role.RESIDENT) && roster.resident(pairing.getResidentId())
                .filter(r -> Long.valueOf(me.userId()).equals(r.userId())).isPresent()) {
            return Optional.of(Respondent.RESIDENT);
        }
        if (me.is(Role.MENTOR) && roster.mentor(pairing.getMentorId())
                .filter(m -> Long.valueOf(me.userId()).equals(m.userId())).isPresent()) {
            return Optional.of(Respondent.MENTOR);
        }
        return Optional.empty();
    }

    private SurveyView view(SurveyCalendar.Year year, ProposalEntity pairing, SurveyKind kind, Respondent role) {
        Optional<SurveyResponseEntity> mine = responses.findByPairingIdAndKindAndRespondentRole(pairing.getId(), kind, role);
        String partner = role == Respondent.RESIDENT
                ? roster.mentor(pairing.getMentorId()).map(m -> m.name()).orElse("")
                : roster.resident(pairing.getResidentId()).map(r -> r.name()).orElse("");
        String cohortName = cohorts.findById(year.cohortId()).map(c -> c.getName()).orElse("");
        Instant dueAt = year.dueAt(pairing.getId(), kind).orElse(null);
        boolean poorFit = role == Respondent.RESIDENT && kind == SurveyKind.FIRST_MEETING
                && mine.filter(r -> r.getScore() <= SurveySignals.POOR_FIT_MAX_SCORE).isPresent();
        boolean shown = definitions.current(year.cohortId()).showIndividualAnswers();
        return new SurveyView(new SurveyId(pairing.getId(), kind).toString(), kind, year.cohortId(), cohortName,
                pairing.getId(), role, partner, dueAt, year.closesAt(pairing.getId(), kind).orElse(null), year.isDue(pairing.getId(), kind),
                year.hasOpened(pairing.getId(), kind) && !year.isDue(pairing.getId(), kind), mine.isPresent(),
                definitions.questions(year.cohortId(), kind), poorFit,
                kind == SurveyKind.FIRST_MEETING ? SurveyView.POOR_FIT_NOTICE : null, shown,
                shown ? SurveyView.INDIVIDUAL_ANSWERS_NOTICE : null);
    }

    /** Every problem with an answer, so that a page can show each under its field. */
    static void check(SurveyKind kind, SurveyAnswer answer) {
        List<FieldProblem> errors = new ArrayList<>();
        if (answer.score() == null || answer.score() < 1 || answer.score() > 5) {
            errors.add(FieldProblem.of("score", "Choose a score from 1 to 5."));
        }
        if (kind.asksRecommend() && answer.recommend() == null) {
            errors.add(FieldProblem.of("recommend", "please answer yes or no"));
        } else if (!kind.asksRecommend() && answer.recommend() != null) {
            errors.add(FieldProblem.of("recommend", "this survey does not ask whether you would recommend"));
        }
        if (answer.text() != null && !answer.text().isEmpty() && answer.text().isBlank()) {
            errors.add(FieldProblem.of("text", "is only spaces: leave it empty or write your answer"));
        } else if (answer.text() != null && answer.text().strip().length() > TextLimits.REASON) {
            errors.add(FieldProblem.of("text", "Write at most " + TextLimits.REASON + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSurveyAnswer(errors);
        }
    }

    private static String abbreviate(String id) {
        return id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }

    private record Target(SurveyId id, ProposalEntity pairing, Respondent role, SurveyCalendar.Year year) {
    }
}
