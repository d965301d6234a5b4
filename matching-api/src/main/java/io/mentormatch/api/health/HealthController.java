package io.mentormatch.api.health;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HealthController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final HealthService health;

    HealthController(HealthService health) {
        this.health = health;
    }

    @GetMapping("/api/cohorts/{cohortId}/health")
    ProgramHealth health(@PathVariable long cohortId) {
        return health.health(cohortId);
    }

    @GetMapping("/api/cohorts/{cohortId}/health.csv")
    ResponseEntity<String> csv(@PathVariable long cohortId) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"health-" + cohortId + ".csv\"")
                .body(health.csv(cohortId));
    }
}
