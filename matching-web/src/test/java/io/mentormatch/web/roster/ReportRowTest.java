package io.mentormatch.web.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.mentormatch.api.roster.ImportReport;
import io.mentormatch.api.problem.FieldProblem;

class ReportRowTest {

    private static final String FILE = "id,name\nR001,Ana\n\nR002,\n";

    @Test
    void attachesEachProblemToItsLine() {
        ImportReport report = new ImportReport(true, 2, 1, 0, List.of(new FieldProblem("name", "is required", 4)));

        List<ReportRow> rows = ReportRow.of(FILE, report);

        assertThat(rows).extracting(ReportRow::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).ok()).isTrue();
        assertThat(rows.get(2).problems()).containsExactly("name: is required");
    }

    @Test
    void putsProblemsWithoutALineOnTheHeader() {
        ImportReport report = new ImportReport(true, 0, 0, 0, List.of(FieldProblem.of("email", "column missing")));

        assertThat(ReportRow.of(FILE, report).get(0).problems()).containsExactly("email: column missing");
    }
}
