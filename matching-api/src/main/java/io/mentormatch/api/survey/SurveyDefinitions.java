package io.mentormatch.api.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;

/**
 * The wording of a cohort's three surveys and its privacy setting, which its director edits. Only words change: a
 * first-meeting survey never gains a would-recommend question, the others never lose it.
 */
@Service
public class SurveyDefinitions {

    private final SurveyDefinitionRepository definitions;
    private final SurveySettingsRepository settings;
    private final CohortService cohorts;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    SurveyDefinitions(SurveyDefinitionRepository definitions, SurveySettingsRepository settings, CohortService cohorts,
                      AuditLog audit, AccessPolicy access, Clock clock) {
        this.definitions = definitions;
        this.settings = settings;
        this.cohorts = cohorts;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<SurveyDefinition> definitions(long cohortId) {
        cohorts.find(cohortId);
        return all(cohortId);
    }

    /** The three surveys as the cohort asks them, for anyone who answers or reads them: no access check. */
    List<SurveyDefinition> all(long cohortId) {
        Map<SurveyKind, SurveyDefinitionEntity> own = definitions.findByCohortId(cohortId).stream()
                .collect(Collectors.toMap(SurveyDefinitionEntity::getKind, Function.identity()));
        return Arrays.stream(SurveyKind.values()).map(kind -> own.containsKey(kind)
                ? new SurveyDefinition(kind, kind.slug(), own.get(kind).questions(), true)
                : new SurveyDefinition(kind, kind.slug(), kind.defaults(), false)).toList();
    }

    SurveyQuestions questions(long cohortId, SurveyKind kind) {
        return definitions.findByCohortIdAndKind(cohortId, kind).map(SurveyDefinitionEntity::questions)
                .orElse(kind.defaults());
    }

    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public SurveyDefinition reword(long cohortId, String kindSlug, SurveyQuestions questions) {
        cohorts.find(cohortId);
        SurveyKind kind = SurveyKind.ofSlug(kindSlug).orElseThrow(() -> new SurveyNotFound("of that kind; choose one of the surveys offered"));
        SurveyQuestions cleaned = check(kind, questions);
        SurveyDefinitionEntity entity = definitions.findByCohortIdAndKind(cohortId, kind)
                .orElseGet(() -> new SurveyDefinitionEntity(cohortId, kind));
        SurveyQuestions before = questions(cohortId, kind);
        entity.reword(cleaned);
        definitions.saveAndFlush(entity);
        SurveyDefinition after = new SurveyDefinition(kind, kind.slug(), cleaned, true);
        audit.record("survey.reworded", "survey-definition", kind.slug(), cohortId, before, after);
        return after;
    }

    /**
     * Back to the default wording of the kind: the cohort's own wording is removed and the removal audited with
     * what it said. A survey already on the defaults stays as it is, and nothing is logged.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public SurveyDefinition resetToDefaults(long cohortId, String kindSlug) {
        cohorts.find(cohortId);
        SurveyKind kind = SurveyKind.ofSlug(kindSlug).orElseThrow(() -> new SurveyNotFound("of that kind; choose one of the surveys offered"));
        SurveyDefinition defaults = new SurveyDefinition(kind, kind.slug(), kind.defaults(), false);
        definitions.findByCohortIdAndKind(cohortId, kind).ifPresent(own -> {
            SurveyDefinition before = new SurveyDefinition(kind, kind.slug(), own.questions(), true);
            definitions.delete(own);
            definitions.flush();
            audit.record("survey.wording-reset", "survey-definition", kind.slug(), cohortId, before, defaults);
        });
        return defaults;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public SurveySettings settings(long cohortId) {
        cohorts.find(cohortId);
        return current(cohortId);
    }

    /**
     * Respondents were told their answer is never shown on its own, so only an administrator may switch single
     * answers on (a director gets 403; anyone who manages the cohort may switch them off), and the switch shows only
     * answers given after it. Audited either way.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public SurveySettings changeSettings(long cohortId, SurveySettings change) {
        cohorts.find(cohortId);
        SurveySettingsEntity entity = settings.findById(cohortId).orElseGet(() -> new SurveySettingsEntity(cohortId));
        if (change.showIndividualAnswers() && !entity.isShowIndividualAnswers() && !access.isAdmin()) {
            throw new AccessDeniedException("only an administrator may show individual survey answers");
        }
        SurveySettings before = view(entity);
        entity.setShowIndividualAnswers(change.showIndividualAnswers(), clock.instant());
        SurveySettings after = view(settings.saveAndFlush(entity));
        audit.record("survey.settings-changed", "survey-settings", cohortId, cohortId, before, after);
        return after;
    }

    /** Off unless an administrator switched it on: single answers are private by default. */
    boolean showsIndividualAnswers(long cohortId) {
        return current(cohortId).showIndividualAnswers();
    }

    /** The setting with when it was switched on; no access check, for the respondent's form and the results. */
    SurveySettings current(long cohortId) {
        return settings.findById(cohortId).map(SurveyDefinitions::view).orElse(new SurveySettings(false, null));
    }

    private static SurveySettings view(SurveySettingsEntity entity) {
        return new SurveySettings(entity.isShowIndividualAnswers(), entity.getIndividualAnswersSince());
    }

    /**
     * The questions stripped, or every problem with them: blank or over-long words, markup, a question the kind
     * lacks. Questions are labels like names: they reach pages and e-mails, so markup is refused.
     */
    private static SurveyQuestions check(SurveyKind kind, SurveyQuestions q) {
        List<FieldProblem> errors = new ArrayList<>();
        String score = required("scoreQuestion", q.scoreQuestion(), errors);
        String text = required("textQuestion", q.textQuestion(), errors);
        String recommend = q.recommendQuestion() == null || q.recommendQuestion().isBlank() ? null : q.recommendQuestion().strip();
        if (kind.asksRecommend()) {
            recommend = required("recommendQuestion", q.recommendQuestion(), errors);
        } else if (recommend != null) {
            errors.add(FieldProblem.of("recommendQuestion", "the first-meeting survey has no would-recommend question"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSurveyQuestions(errors);
        }
        return new SurveyQuestions(score, recommend, text);
    }

    private static String required(String field, String value, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldProblem.of(field, "Write the question."));
            return null;
        }
        if (value.strip().length() > TextLimits.NAME) {
            errors.add(FieldProblem.of(field, "Write at most " + TextLimits.NAME + " characters."));
            return null;
        }
        if (!value.matches(PlainText.PATTERN)) {
            errors.add(FieldProblem.of(field, "Write the question without < or >, line breaks or other control characters."));
            return null;
        }
        return value.strip();
    }
}
