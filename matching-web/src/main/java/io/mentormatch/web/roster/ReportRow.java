package io.mentormatch.web.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.mentormatch.api.roster.ImportReport;
import io.mentormatch.api.problem.FieldProblem;

/**
 * One line of an uploaded roster file next to what the import said about it, so that the dry-run report reads
 * row by row. Problems without a line (e.g. a missing column) belong to the header.
 */
public record ReportRow(int line, String text, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    static List<ReportRow> of(String content, ImportReport report) {
        Map<Integer, List<String>> byLine = report.problems().stream().collect(Collectors.groupingBy(
                p -> p.line() == null ? 1 : p.line(), Collectors.mapping(ReportRow::describe, Collectors.toList())));
        String[] lines = content.split("\\r?\\n", -1);
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (!lines[i].isBlank() || byLine.containsKey(line)) {
                rows.add(new ReportRow(line, lines[i], byLine.getOrDefault(line, List.of())));
            }
        }
        return rows;
    }

    private static String describe(FieldProblem problem) {
        return problem.field() == null || problem.field().isBlank() ? problem.message() : problem.field() + ": " + problem.message();
    }
}
