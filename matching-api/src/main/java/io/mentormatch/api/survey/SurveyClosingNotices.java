package io.mentormatch.api.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.ProgramZones;
import io.mentormatch.api.notification.ProgramNotice;

/**
 * Tells a program's channel that a survey window of a published cohort closes soon (within {@code reminder-before},
 * the lead time of the preference-form reminders), once per window: the told windows are kept, and the cluster runs
 * this check on one instance at a time. The message counts answers, never names who answered, and leaves the counts
 * out while either group (answered, not yet answered) is smaller than the results page's minimum group.
 */
@Component
public class SurveyClosingNotices {

    private final SurveyCalendar calendar;
    private final SurveyResults results;
    private final SurveyClosingNoticeRepository told;
    private final ProgramZones zones;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration before;

    SurveyClosingNotices(SurveyCalendar calendar, SurveyResults results, SurveyClosingNoticeRepository told,
                         ProgramZones zones, ApplicationEventPublisher events, Clock clock,
                         @Value("${mentormatch.mail.reminder-before:48h}") Duration before) {
        this.calendar = calendar;
        this.results = results;
        this.told = told;
        this.zones = zones;
        this.events = events;
        this.clock = clock;
        this.before = before;
    }

    /** @return how many windows were told about in this round */
    @Transactional
    public int tellClosingWindows() {
        Instant now = clock.instant();
        int count = 0;
        for (SurveyCalendar.PublishedCohort cohort : calendar.publishedCohorts()) {
            SurveyCalendar.Year year = calendar.year(cohort.cohortId()).orElse(null);
            if (year == null) {
                continue;
            }
            for (CohortSurveyResults.KindResults survey : results.compute(cohort.cohortId()).surveys()) {
                Instant closes = year.windowClosesAt(survey.kind());
                if (!closes.isAfter(now) || closes.isAfter(now.plus(before)) || survey.expected() == 0
                        || told.existsByCohortIdAndKindAndClosesAt(cohort.cohortId(), survey.kind(), closes)) {
                    continue;
                }
                told.save(new SurveyClosingNoticeEntity(cohort.cohortId(), survey.kind(), closes, now));
                boolean counted = countable(survey.responses(), survey.expected());
                events.publishEvent(new ProgramNotice.SurveyClosing(cohort.programId(), cohort.cohortId(),
                        cohort.name(), survey.kind().slug(),
                        ProgramZones.dateTime(closes, zones.ofProgram(cohort.programId())),
                        counted ? survey.responses() : null, counted ? survey.expected() : null));
                count++;
            }
        }
        return count;
    }

    /**
     * Whether "N of M answered" singles no one out: every group it implies (those who answered, those who did not)
     * is empty or at least {@link SurveyResults#MINIMUM_RESPONSES} people, the group the results page needs too.
     */
    static boolean countable(int answered, int asked) {
        int missing = asked - answered;
        return asked >= SurveyResults.MINIMUM_RESPONSES
                && (answered == 0 || answered >= SurveyResults.MINIMUM_RESPONSES)
                && (missing == 0 || missing >= SurveyResults.MINIMUM_RESPONSES);
    }
}
