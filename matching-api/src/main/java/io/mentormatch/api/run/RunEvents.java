package io.mentormatch.api.run;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a run's progress as Server-Sent Events by polling its row: the run may be solving on another
 * instance, so the database is the one place that always knows. Sends a {@code progress} event whenever the row
 * changes and a final {@code finished} event, then closes the stream.
 */
@Component
class RunEvents {

    private final RunService runs;
    private final Duration pollInterval;
    private final ScheduledExecutorService poller = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "run-events");
        thread.setDaemon(true);
        return thread;
    });

    RunEvents(RunService runs, @Value("${mentormatch.run.events-poll-interval:500ms}") Duration pollInterval) {
        this.runs = runs;
        this.pollInterval = pollInterval;
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /** @param first the run as the caller was allowed to read it */
    SseEmitter stream(RunView first) {
        SseEmitter emitter = new SseEmitter(Duration.ofHours(2).toMillis());
        AtomicReference<RunView> last = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable poll = () -> {
            try {
                RunView now = last.get() == null ? first : runs.current(first.id());
                if (!now.equals(last.getAndSet(now))) {
                    boolean finished = !now.status().isActive();
                    emitter.send(SseEmitter.event().name(finished ? "finished" : "progress").id(String.valueOf(now.version()))
                            .data(now, MediaType.APPLICATION_JSON));
                    if (finished) {
                        emitter.complete();
                        cancel(task);
                    }
                }
            } catch (IOException | IllegalStateException e) {
                cancel(task);
            } catch (RuntimeException e) {
                emitter.completeWithError(e);
                cancel(task);
            }
        };
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> cancel(task));
        emitter.onError(e -> cancel(task));
        task.set(poller.scheduleWithFixedDelay(poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS));
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> future = task.get();
        if (future != null) {
            future.cancel(false);
        }
    }
}
