package io.mentormatch.web.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import io.mentormatch.api.audit.AuditFilter;

/** The audit page's filters, as in its address; every one may be left out. */
public record AuditPageForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @Size(max = 100) String action,
                            @Size(max = 200, message = "Please search with at most 200 characters.") String person,
                            @Min(0) @Max(100_000) Integer page) {

    static final AuditPageForm NONE = new AuditPageForm(null, null, null, null, null);

    AuditFilter toFilter() {
        return new AuditFilter(from, to, action, person);
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }
}
