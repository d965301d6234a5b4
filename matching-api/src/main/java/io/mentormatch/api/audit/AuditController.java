package io.mentormatch.api.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cohorts/{cohortId}")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** Sorted oldest first by the query itself; a sort parameter is ignored. */
    @GetMapping("/audit")
    PagedModel<AuditView> page(@PathVariable long cohortId, @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(trail.page(cohortId, Pageable.ofSize(pageable.getPageSize()).withPage(pageable.getPageNumber())));
    }

    @GetMapping("/audit.csv")
    ResponseEntity<String> csv(@PathVariable long cohortId) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + cohortId + ".csv\"")
                .body(trail.csv(cohortId));
    }
}
