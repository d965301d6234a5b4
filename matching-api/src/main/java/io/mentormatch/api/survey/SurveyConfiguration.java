package io.mentormatch.api.survey;

import java.time.Duration;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The check for survey windows that close soon, a repeating Quartz job the cluster runs on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

    static final JobKey CLOSING = JobKey.jobKey("survey-closing-notices", "surveys");

    @Bean
    JobDetail surveyClosingJob() {
        return JobBuilder.newJob(SurveyClosingJob.class).withIdentity(CLOSING).storeDurably().build();
    }

    /** After downtime a missed round is not made up: the next round does the same work. */
    @Bean
    Trigger surveyClosingTrigger(JobDetail surveyClosingJob,
                                 @Value("${mentormatch.surveys.closing-check:1h}") Duration every) {
        return TriggerBuilder.newTrigger().forJob(surveyClosingJob).withIdentity(CLOSING.getName(), CLOSING.getGroup())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class SurveyClosingJob extends QuartzJobBean {

        private final SurveyClosingNotices notices;

        SurveyClosingJob(SurveyClosingNotices notices) {
            this.notices = notices;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            notices.tellClosingWindows();
        }
    }
}
