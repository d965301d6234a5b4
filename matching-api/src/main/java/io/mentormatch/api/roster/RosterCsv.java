package io.mentormatch.api.roster;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.mentormatch.api.text.CsvCells;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.core.cohort.MentorKind;

/**
 * The roster CSV files: one row per resident or mentor, a header naming the columns (any order), lists separated
 * by ';'. Parsing collects every problem with its line number instead of stopping at the first, so a director
 * fixes a file in one pass.
 */
final class RosterCsv {

    static final List<String> RESIDENT_COLUMNS = List.of("id", "name", "email", "specialty", "careerGoal",
            "interests", "availability", "openToOtherSpecialties");
    static final List<String> MENTOR_COLUMNS = List.of("id", "name", "email", "kind", "specialty", "interests",
            "availability", "capacity", "accepting");
    private static final List<String> REQUIRED = List.of("id", "name");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setIgnoreSurroundingSpaces(true).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private RosterCsv() {
    }

    /** What every roster row has: where it stands in the file, whom it names, and their account's e-mail. */
    interface RosterRow {
        int line();

        String code();

        String name();

        String email();
    }

    record ResidentRow(int line, String code, String name, String email, String specialty, String careerGoal,
                       List<String> interests, List<String> availability, boolean openToOtherSpecialties)
            implements RosterRow {
    }

    record MentorRow(int line, String code, String name, String email, MentorKind kind, String specialty,
                     List<String> interests, List<String> availability, int capacity, boolean accepting)
            implements RosterRow {
    }

    record Parsed<T>(int records, List<T> rows, List<FieldProblem> problems) {
    }

    static Parsed<ResidentRow> residents(Reader csv) {
        return parse(csv, RESIDENT_COLUMNS, (row, line) -> new ResidentRow(line, row.code(), row.text("name"),
                row.email(), row.text("specialty"), row.text("careerGoal"), row.list("interests", TextLimits.INTERESTS, TextLimits.INTEREST),
                row.slots(), row.bool("openToOtherSpecialties", true)));
    }

    static Parsed<MentorRow> mentors(Reader csv) {
        return parse(csv, MENTOR_COLUMNS, (row, line) -> new MentorRow(line, row.code(), row.text("name"),
                row.email(), row.kind(), row.text("specialty"), row.list("interests", TextLimits.INTERESTS, TextLimits.INTEREST), row.slots(),
                row.capacity(), row.bool("accepting", true)));
    }

    static String residentTemplate() {
        return write(RESIDENT_COLUMNS, List.of(List.of("R001", "J. Doe", "j.doe@example.org", "Internal Medicine",
                "Cardiology", "clinical research;echocardiography", "MON-18;TUE-12", "true")));
    }

    static String mentorTemplate() {
        return write(MENTOR_COLUMNS, List.of(List.of("F001", "Dr. A. Rivera", "a.rivera@example.org", "FACULTY",
                "Cardiology", "echocardiography;wellness", "MON-18;WED-07", "3", "true")));
    }

    /** Writes rows, every cell made safe to open in a spreadsheet ({@link CsvCells}). */
    static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <T> Parsed<T> parse(Reader csv, List<String> columns, BiFunction<RosterCsvRow, Integer, T> toRow) {
        List<T> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        int records = 0;
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(READ).get()) {
            if (!header(parser.getHeaderNames(), columns, problems)) {
                return new Parsed<>(0, rows, problems);
            }
            Set<String> codes = new HashSet<>();
            Iterator<CSVRecord> iterator = parser.iterator();
            while (iterator.hasNext()) {
                CSVRecord record = iterator.next();
                records++;
                int line = (int) parser.getCurrentLineNumber();
                RosterCsvRow row = new RosterCsvRow(record, line, problems);
                T parsed = toRow.apply(row, line);
                if (!row.code().isEmpty() && !codes.add(row.code().toUpperCase(Locale.ROOT))) {
                    problems.add(new FieldProblem("id", "id " + row.code() + " appears more than once", line));
                }
                if (!row.failed()) {
                    rows.add(parsed);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new FieldProblem("$", "malformed CSV: " + firstLine(rootMessage(e)), null));
        }
        if (records == 0 && problems.isEmpty()) {
            problems.add(new FieldProblem("$", "the file has no rows", null));
        }
        return new Parsed<>(records, rows, problems);
    }

    private static boolean header(List<String> names, List<String> columns, List<FieldProblem> problems) {
        int before = problems.size();
        if (names.isEmpty()) {
            problems.add(new FieldProblem("$", "the file is empty; the first line must name the columns " + columns, 1));
            return false;
        }
        for (String name : names) {
            if (!columns.contains(name)) {
                problems.add(new FieldProblem(name, "unknown column; the columns are " + columns, 1));
            }
        }
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                problems.add(new FieldProblem(required, "required column is missing", 1));
            }
        }
        return problems.size() == before;
    }

    /** The parser's own words, without the exception class names its wrappers add. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
