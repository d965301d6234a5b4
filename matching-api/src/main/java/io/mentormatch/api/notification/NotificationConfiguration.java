package io.mentormatch.api.notification;

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
 * Mail delivery and deadline reminders are repeating Quartz jobs in the clustered job store: the cluster runs each
 * on one instance at a time, so several instances neither send a mail twice nor remind a resident twice.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    static final String GROUP = "notifications";

    static final JobKey DELIVERY = JobKey.jobKey("mail-delivery", GROUP);
    static final JobKey REMINDERS = JobKey.jobKey("deadline-reminders", GROUP);

    @Bean
    JobDetail mailDeliveryJob() {
        return JobBuilder.newJob(NotificationJob.class).withIdentity(DELIVERY).storeDurably().build();
    }

    @Bean
    Trigger mailDeliveryTrigger(JobDetail mailDeliveryJob,
                                @Value("${mentormatch.mail.delivery-interval:10s}") Duration every) {
        return repeating(mailDeliveryJob, every);
    }

    @Bean
    JobDetail deadlineReminderJob() {
        return JobBuilder.newJob(NotificationJob.class).withIdentity(REMINDERS).storeDurably().build();
    }

    @Bean
    Trigger deadlineReminderTrigger(JobDetail deadlineReminderJob,
                                    @Value("${mentormatch.mail.reminder-check:1h}") Duration every) {
        return repeating(deadlineReminderJob, every);
    }

    /** After downtime a missed round is not made up: the next round does the same work. */
    private static Trigger repeating(JobDetail job, Duration every) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** One class for both jobs; Quartz keeps each job (by key) from running twice at once in the cluster. */
    @DisallowConcurrentExecution
    static class NotificationJob extends QuartzJobBean {

        private final MailDelivery delivery;
        private final DeadlineReminders reminders;

        NotificationJob(MailDelivery delivery, DeadlineReminders reminders) {
            this.delivery = delivery;
            this.reminders = reminders;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            if (context.getJobDetail().getKey().equals(DELIVERY)) {
                delivery.deliverPending();
            } else {
                reminders.queueDueReminders();
            }
        }
    }
}
