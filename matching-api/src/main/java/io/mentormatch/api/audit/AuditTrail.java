package io.mentormatch.api.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.text.CsvCells;

/** A cohort's audit log for its directors: paged, oldest first, and as a CSV file. */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AuditedCohorts cohorts;

    AuditTrail(AuditEntryRepository entries, AuditedCohorts cohorts) {
        this.entries = entries;
        this.cohorts = cohorts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public Page<AuditView> page(long cohortId, Pageable pageable) {
        cohorts.requireExists(cohortId);
        return entries.findByCohortIdOrderByOccurredAtAscIdAsc(cohortId, pageable).map(AuditView::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public String csv(long cohortId) {
        cohorts.requireExists(cohortId);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("id", "occurred_at", "actor", "action", "entity_type", "entity_id", "before", "after").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AuditEntryEntity e : entries.findByCohortIdOrderByOccurredAtAscIdAsc(cohortId)) {
                printer.printRecord(e.getId(), e.getOccurredAt(), CsvCells.safe(e.getActor()), CsvCells.safe(e.getAction()),
                        CsvCells.safe(e.getEntityType()), CsvCells.safe(e.getEntityId()),
                        CsvCells.safe(e.getBeforeJson()), CsvCells.safe(e.getAfterJson()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
