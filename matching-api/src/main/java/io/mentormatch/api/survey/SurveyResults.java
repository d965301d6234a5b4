package io.mentormatch.api.survey;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortService;

/**
 * Survey results for the director: per survey, answers against expected answers, and from three answers on the
 * mean score, the distribution and the would-recommend share. Single answers only where the cohort allows it.
 */
@Service
public class SurveyResults {

    /** Below this many answers a survey's aggregates could reveal one person's answer, so none are given. */
    public static final int MINIMUM_RESPONSES = 3;

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

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public IndividualAnswers individualAnswers(long cohortId) {
        cohorts.find(cohortId);
        if (!definitions.showsIndividualAnswers(cohortId)) {
            return new IndividualAnswers(false, List.of());
        }
        return new IndividualAnswers(true, responses.findByCohortId(cohortId).stream()
                .map(r -> new IndividualAnswers.Answer(new SurveyId(r.getPairingId(), r.getKind()).toString(), r.getKind(),
                        r.getPairingId(), r.getRespondentRole(), r.getScore(), r.getRecommend(), r.getAnswerText(),
                        r.getAnsweredAt())).toList());
    }

    CohortSurveyResults compute(long cohortId) {
        Set<Long> current = new HashSet<>();
        Map<SurveyKind, Integer> expected = calendar.report(cohortId).map(year -> {
            year.pairings().forEach(p -> current.add(p.getId()));
            return Arrays.stream(SurveyKind.values()).collect(Collectors.toMap(k -> k, k -> 2 * year.asked(k).size()));
        }).orElse(Map.of());
        Map<SurveyKind, List<SurveyResponseEntity>> byKind = responses.findByCohortId(cohortId).stream()
                .filter(r -> current.contains(r.getPairingId()))
                .collect(Collectors.groupingBy(SurveyResponseEntity::getKind));
        List<CohortSurveyResults.KindResults> surveys = definitions.all(cohortId).stream()
                .map(d -> kind(d, expected.getOrDefault(d.kind(), 0), byKind.getOrDefault(d.kind(), List.of()))).toList();
        return new CohortSurveyResults(cohortId, MINIMUM_RESPONSES, definitions.showsIndividualAnswers(cohortId), surveys);
    }

    private static CohortSurveyResults.KindResults kind(SurveyDefinition definition, int expected,
                                                        List<SurveyResponseEntity> answers) {
        int residents = (int) answers.stream().filter(a -> a.getRespondentRole() == Respondent.RESIDENT).count();
        boolean suppressed = answers.size() < MINIMUM_RESPONSES;
        if (suppressed) {
            return new CohortSurveyResults.KindResults(definition.kind(), definition.slug(), definition.questions(),
                    expected, answers.size(), residents, answers.size() - residents, true, null, null, null);
        }
        SummaryStatistics scores = new SummaryStatistics();
        answers.forEach(a -> scores.addValue(a.getScore()));
        List<Integer> distribution = IntStream.rangeClosed(1, 5)
                .mapToObj(score -> (int) answers.stream().filter(a -> a.getScore() == score).count()).toList();
        Double recommend = definition.kind().asksRecommend()
                ? answers.stream().filter(a -> Boolean.TRUE.equals(a.getRecommend())).count() / (double) answers.size()
                : null;
        return new CohortSurveyResults.KindResults(definition.kind(), definition.slug(), definition.questions(),
                expected, answers.size(), residents, answers.size() - residents, false, scores.getMean(), distribution,
                recommend);
    }
}
