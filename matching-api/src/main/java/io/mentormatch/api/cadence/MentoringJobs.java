package io.mentormatch.api.cadence;

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

/**
 * The mentoring reminders are a repeating Quartz job in the clustered job store, as the deadline reminders are:
 * the cluster runs it on one instance at a time, and the reminder's unique row guards what the cluster cannot.
 */
@Configuration(proxyBeanMethods = false)
class MentoringJobs {

    static final JobKey REMINDERS = JobKey.jobKey("mentoring-reminders", "mentoring");

    @Bean
    JobDetail mentoringReminderJob() {
        return JobBuilder.newJob(ReminderJob.class).withIdentity(REMINDERS).storeDurably().build();
    }

    /** After downtime a missed round is not made up: the next round finds the same pairings. */
    @Bean
    Trigger mentoringReminderTrigger(JobDetail mentoringReminderJob,
                                     @Value("${mentormatch.mentoring.reminder-check:1h}") Duration every) {
        return TriggerBuilder.newTrigger().forJob(mentoringReminderJob).withIdentity(REMINDERS.getName(), REMINDERS.getGroup())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @DisallowConcurrentExecution
    static class ReminderJob extends QuartzJobBean {

        private final MentoringReminders reminders;

        ReminderJob(MentoringReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            reminders.queueReminders();
        }
    }
}
