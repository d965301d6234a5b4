package io.mentormatch.api.run;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.stereotype.Component;

/**
 * Puts runs into Quartz's JDBC job store. The store writes through the application's data source inside the
 * caller's transaction, so a run row and its job are committed together or not at all.
 */
@Component
class RunScheduler {

    static final String GROUP = "matching-runs";
    static final String RUN_ID = "runId";

    private final Scheduler scheduler;

    RunScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(long runId) {
        // requestRecovery: if the instance running the job dies, another instance of the cluster runs it again
        JobDetail job = JobBuilder.newJob(MatchingRunJob.class).withIdentity(key(runId))
                .usingJobData(RUN_ID, runId).requestRecovery(true).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("run-" + runId, GROUP).startNow().build();
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not queue matching run " + runId, e);
        }
    }

    void unschedule(long runId) {
        try {
            scheduler.deleteJob(key(runId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not remove matching run " + runId + " from the queue", e);
        }
    }

    String instanceId() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }

    private static JobKey key(long runId) {
        return JobKey.jobKey("run-" + runId, GROUP);
    }
}
