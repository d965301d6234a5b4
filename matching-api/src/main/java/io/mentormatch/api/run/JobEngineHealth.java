package io.mentormatch.api.run;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job engine that runs matching runs, as the {@code jobEngine} component of {@code /actuator/health}: up
 * when this instance's Quartz scheduler is started and not in standby (else queued runs wait for another
 * instance, or forever), with the cluster's instances and whether each checked in recently.
 */
@Component("jobEngine")
class JobEngineHealth implements HealthIndicator {

    /** An instance that missed this many check-ins is presumed dead; Quartz then recovers its runs. */
    private static final int MISSED_CHECK_INS = 3;

    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    JobEngineHealth(Scheduler scheduler, JdbcTemplate jdbc, Clock clock) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
            return (running ? Health.up() : Health.down())
                    .withDetail("scheduler", scheduler.getSchedulerName())
                    .withDetail("instance", scheduler.getSchedulerInstanceId())
                    .withDetail("started", scheduler.isStarted())
                    .withDetail("standby", scheduler.isInStandbyMode())
                    .withDetail("clusterInstances", clusterInstances(scheduler.getSchedulerName()))
                    .build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }

    private List<Map<String, Object>> clusterInstances(String schedulerName) {
        long now = clock.millis();
        return jdbc.query("select instance_name, last_checkin_time, checkin_interval from qrtz_scheduler_state"
                        + " where sched_name = ? order by instance_name",
                (row, i) -> Map.<String, Object>of(
                        "instance", row.getString("instance_name"),
                        "lastCheckIn", Instant.ofEpochMilli(row.getLong("last_checkin_time")).toString(),
                        "alive", now - row.getLong("last_checkin_time") <= MISSED_CHECK_INS * row.getLong("checkin_interval")),
                schedulerName);
    }
}
