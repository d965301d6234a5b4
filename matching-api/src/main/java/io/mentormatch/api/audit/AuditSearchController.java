package io.mentormatch.api.audit;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log across cohorts: every entry for administrators, a director's program's for a director. */
@RestController
class AuditSearchController {

    static final int MAX_PAGE_SIZE = 200;

    private final AuditSearch search;

    AuditSearchController(AuditSearch search) {
        this.search = search;
    }

    @Operation(summary = "Search the audit log", description = "Newest first. Administrators see every entry; a "
            + "director the entries of their program's cohorts. from and to are days (to included) in the program's "
            + "time zone (UTC for administrators); action is an action code; person matches who acted, by name or "
            + "username. Times are given in words in the entry's program's time zone.")
    @GetMapping("/api/audit")
    PagedModel<AuditRow> page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) @Size(max = 100) String action,
                              @RequestParam(required = false) @Size(max = 200) String person,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return new PagedModel<>(search.page(new AuditFilter(from, to, action, person), PageRequest.of(page, size)));
    }

    @Operation(summary = "The filtered audit log as CSV", description = "The same filters and scope as GET /api/audit, "
            + "every matching entry, oldest first, in words.")
    @GetMapping("/api/audit.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) @Size(max = 100) String action,
                               @RequestParam(required = false) @Size(max = 200) String person) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .body(search.csv(new AuditFilter(from, to, action, person)));
    }
}
