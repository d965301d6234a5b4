package io.mentormatch.api.run;

import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import io.mentormatch.core.integrity.IntegrityReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/cohorts/{cohortId}/runs")
class RunController {

    private final RunService runs;
    private final RunEvents events;

    RunController(RunService runs, RunEvents events) {
        this.runs = runs;
        this.events = events;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    RunView start(@PathVariable long cohortId, @Valid @RequestBody StartRun request) {
        return runs.start(cohortId, request);
    }

    @GetMapping
    PagedModel<RunView> list(@PathVariable long cohortId,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(runs.list(cohortId, pageable));
    }

    @GetMapping("/{runId}")
    RunView get(@PathVariable long cohortId, @PathVariable long runId) {
        return runs.get(cohortId, runId);
    }

    @GetMapping("/{runId}/result")
    RunResult result(@PathVariable long cohortId, @PathVariable long runId) {
        return runs.result(cohortId, runId);
    }

    @GetMapping("/{runId}/integrity")
    IntegrityReport integrity(@PathVariable long cohortId, @PathVariable long runId) {
        return runs.integrity(cohortId, runId);
    }

    @GetMapping(path = "/{runId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable long cohortId, @PathVariable long runId) {
        return events.stream(runs.get(cohortId, runId));
    }

    @PostMapping("/{runId}/cancel")
    RunView cancel(@PathVariable long cohortId, @PathVariable long runId) {
        return runs.cancel(cohortId, runId);
    }
}
