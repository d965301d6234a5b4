package io.mentormatch.api.survey;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortService;

/**
 * Survey results for the director: per survey, answers against expected answers, and the mean score, the distribution
 * and the would-recommend share of a published set of answers. One answer must never be told apart by comparing two
 * readings, so the published set grows only in steps: the first {@value #RELEASE_STEP}, 10, 15, … answers in the
 * order they were given, and every answer given before the window closed once it has closed. Below
 * {@value #MINIMUM_RESPONSES} published answers no figure is given at all. Single answers only where an administrator
 * switched them on, and only those given after that.
 */
@Service
public class SurveyResults {

    /** Below this many answers a survey's aggregates could reveal one person's answer, so none are given. */
    public static final int MINIMUM_RESPONSES = 3;
    /** The published answers grow by this many at a time while the survey is open. */
    public static final int RELEASE_STEP = 5;

    private final SurveyCalendar calendar;
    private final SurveyResponseRepository responses;
    private final SurveyDefinitions definitions;
    private final CohortService cohorts;

    SurveyResults(SurveyCalendar calendar, SurveyResponseRepository responses, SurveyDefinitions definitions,
                  CohortService cohorts) {
        this.calendar = calendar;
        this.responses = responses;
        this.definitions = definitions;
        this.cohorts = cohorts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public CohortSurveyResults results(long cohortId) {
        cohorts.find(cohortId);
        return compute(cohortId);
    }

    /** Only the answers given after the setting was last switched on: the earlier ones were given in confidence. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public IndividualAnswers individualAnswers(long cohortId) {
        cohorts.find(cohortId);
        SurveySettings settings = definitions.current(cohortId);
        if (!settings.showIndividualAnswers() || settings.individualAnswersSince() == null) {
            return new IndividualAnswers(false, null, List.of());
        }
        Instant since = settings.individualAnswersSince();
        return new IndividualAnswers(true, since, responses.findByCohortId(cohortId).stream()
                .filter(r -> r.getAnsweredAt().isAfter(since))
                .sorted(Comparator.comparing(SurveyResponseEntity::getAnsweredAt).thenComparing(SurveyResponseEntity::getId))
                .map(r -> new IndividualAnswers.Answer(new SurveyId(r.getPairingId(), r.getKind()).toString(), r.getKind(),
                        r.getPairingId(), r.getRespondentRole(), r.getScore(), r.getRecommend(), r.getAnswerText(),
                        r.getAnsweredAt())).toList());
    }

    CohortSurveyResults compute(long cohortId) {
        Set<Long> current = new HashSet<>();
        Optional<SurveyCalendar.Year> year = calendar.report(cohortId);
        Map<SurveyKind, Integer> expected = year.map(y -> {
            y.pairings().forEach(p -> current.add(p.getId()));
            return Arrays.stream(SurveyKind.values()).collect(Collectors.toMap(k -> k, k -> 2 * y.asked(k).size()));
        }).orElse(Map.of());
        // every answer given counts in the figures, also one of a pairing that ended since: dropping it would
        // change the figures by exactly that pairing's answers
        Map<SurveyKind, List<SurveyResponseEntity>> byKind = responses.findByCohortId(cohortId).stream()
                .sorted(Comparator.comparing(SurveyResponseEntity::getAnsweredAt).thenComparing(SurveyResponseEntity::getId))
                .collect(Collectors.groupingBy(SurveyResponseEntity::getKind));
        List<CohortSurveyResults.KindResults> surveys = definitions.all(cohortId).stream().map(d -> {
            List<SurveyResponseEntity> given = byKind.getOrDefault(d.kind(), List.of());
            int live = (int) given.stream().filter(r -> current.contains(r.getPairingId())).count();
            Optional<Instant> closed = year.map(y -> y.windowClosesAt(d.kind())).filter(at -> !at.isAfter(clock(year)));
            return kind(d, expected.getOrDefault(d.kind(), 0), live, published(given, closed));
        }).toList();
        return new CohortSurveyResults(cohortId, MINIMUM_RESPONSES, RELEASE_STEP,
                definitions.showsIndividualAnswers(cohortId), surveys);
    }

    private static Instant clock(Optional<SurveyCalendar.Year> year) {
        return year.map(SurveyCalendar.Year::now).orElse(Instant.MAX);
    }

    /**
     * The answers the figures cover, a prefix of {@code given} (oldest first): whole steps of {@value #RELEASE_STEP},
     * or once the window has closed, at least every answer given before it closed.
     */
    static List<SurveyResponseEntity> published(List<SurveyResponseEntity> given, Optional<Instant> closedAt) {
        int steps = given.size() / RELEASE_STEP * RELEASE_STEP;
        int beforeClose = closedAt.map(at -> (int) given.stream().filter(r -> r.getAnsweredAt().isBefore(at)).count())
                .orElse(0);
        return given.subList(0, Math.max(steps, beforeClose));
    }

    /** Sorted by their words, so neither the order of answering nor a pairing links a comment to its author. */
    private static List<String> comments(List<SurveyResponseEntity> published) {
        return published.stream().map(SurveyResponseEntity::getAnswerText).filter(t -> t != null && !t.isBlank())
                .map(String::strip).sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList();
    }

    private static CohortSurveyResults.KindResults kind(SurveyDefinition definition, int expected, int responses,
                                                        List<SurveyResponseEntity> published) {
        int residents = (int) published.stream().filter(a -> a.getRespondentRole() == Respondent.RESIDENT).count();
        if (published.size() < MINIMUM_RESPONSES) {
            return new CohortSurveyResults.KindResults(definition.kind(), definition.slug(), definition.questions(),
                    expected, responses, 0, 0, 0, true, null, null, null, List.of());
        }
        SummaryStatistics scores = new SummaryStatistics();
        published.forEach(a -> scores.addValue(a.getScore()));
        List<Integer> distribution = IntStream.rangeClosed(1, 5)
                .mapToObj(score -> (int) published.stream().filter(a -> a.getScore() == score).count()).toList();
        Double recommend = definition.kind().asksRecommend()
                ? published.stream().filter(a -> Boolean.TRUE.equals(a.getRecommend())).count() / (double) published.size()
                : null;
        return new CohortSurveyResults.KindResults(definition.kind(), definition.slug(), definition.questions(),
                expected, responses, published.size(), residents, published.size() - residents, false,
                scores.getMean(), distribution, recommend, comments(published));
    }
}
