package io.mentormatch.api.run;

import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The Quartz job of one run; the work itself is in {@link RunExecutor}. */
class MatchingRunJob extends QuartzJobBean {

    private final RunExecutor executor;

    MatchingRunJob(RunExecutor executor) {
        this.executor = executor;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        executor.execute(context.getMergedJobDataMap().getLong(RunScheduler.RUN_ID));
    }
}
