package io.mentormatch.api.roster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.text.TextLimits;
import io.mentormatch.core.cohort.InputRules;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.WeeklyAvailability;

/**
 * One record of a roster CSV file with its problems: a getter that finds a problem records it, with the record's
 * line, and returns a harmless default, so that parsing goes on and reports every problem of the file.
 */
final class RosterCsvRow {

    private static final int MAX_CAPACITY = 50;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final int line;
    private final List<FieldProblem> problems;
    private boolean failed;
    private String code;

    RosterCsvRow(CSVRecord record, int line, List<FieldProblem> problems) {
        this.line = line;
        this.problems = problems;
        if (!record.isConsistent()) {
            problem("$", "This line has " + record.size() + " cells but the header has "
                    + record.getParser().getHeaderNames().size() + "; check for a missing or an extra comma.");
        }
        record.toMap().forEach((key, value) -> values.put(key, value == null ? "" : value));
    }

    /** Whether any cell of this record had a problem: then the record is not imported. */
    boolean failed() {
        return failed;
    }

    String code() {
        if (code == null) {
            code = checkedCode();
        }
        return code;
    }

    private String checkedCode() {
        String code = values.getOrDefault("id", "");
        InputRules.codeProblem(code).ifPresent(p -> problem("id", p));
        return code;
    }

    String text(String column) {
        String value = values.getOrDefault(column, "");
        Optional<String> textProblem = InputRules.textProblem(value, TextLimits.NAME);
        if (textProblem.isPresent()) {
            problem(column, textProblem.get());
            return "";
        }
        if ("name".equals(column) && value.isEmpty()) {
            problem(column, "The name is missing; write the person's name.");
        }
        return value;
    }

    String email() {
        String value = values.getOrDefault("email", "");
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > TextLimits.EMAIL || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problem("email", "'" + InputRules.shown(value) + "' is not an e-mail address; write one such as"
                    + " name@hospital.org, or leave the cell empty.");
            return null;
        }
        return value;
    }

    List<String> list(String column, int maxItems, int maxLength) {
        String value = values.getOrDefault(column, "");
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.size() > maxItems) {
            problem(column, "Write at most " + maxItems + " entries here, separated by semicolons; this cell has "
                    + items.size() + ".");
            return List.of();
        }
        Optional<String> tooLong = items.stream().filter(item -> item.length() > maxLength).findFirst();
        if (tooLong.isPresent()) {
            problem(column, "'" + InputRules.shown(tooLong.get()) + "' is longer than " + maxLength
                    + " characters; shorten it.");
            return List.of();
        }
        if (items.stream().anyMatch(item -> !item.matches(PlainText.PATTERN))) {
            problem(column, "Write the entries without < or >, line breaks or other control characters.");
            return List.of();
        }
        return items;
    }

    List<String> slots() {
        List<String> slots = list("availability", TextLimits.SLOTS, TextLimits.SLOT).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        List<String> bad = slots.stream().filter(s -> WeeklyAvailability.hourOfWeek(s) < 0).toList();
        if (!bad.isEmpty()) {
            problem("availability", InputRules.slotsProblem(bad));
            return List.of();
        }
        return slots;
    }

    boolean bool(String column, boolean fallback) {
        String value = values.getOrDefault(column, "").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> fallback;
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problem(column, "'" + InputRules.shown(value) + "' is neither yes nor no; write yes or no.");
                yield fallback;
            }
        };
    }

    MentorKind kind() {
        String value = values.getOrDefault("kind", "");
        if (value.isEmpty()) {
            return MentorKind.FACULTY;
        }
        Optional<MentorKind> kind = InputRules.mentorKind(value);
        if (kind.isEmpty()) {
            problem("kind", InputRules.mentorKindProblem(value));
        }
        return kind.orElse(MentorKind.FACULTY);
    }

    int capacity() {
        String value = values.getOrDefault("capacity", "");
        if (value.isEmpty()) {
            problem("capacity", "The capacity is missing; write how many mentees this mentor can take, from 0 to "
                    + MAX_CAPACITY + ".");
            return 0;
        }
        try {
            int capacity = Integer.parseInt(value);
            if (capacity < 0 || capacity > MAX_CAPACITY) {
                problem("capacity", "Capacity " + capacity + (capacity < 0 ? " is less than zero"
                        : " is more than the " + MAX_CAPACITY + " mentees a mentor can take") + "; write a number from 0 to "
                        + MAX_CAPACITY + ".");
            }
            return capacity;
        } catch (NumberFormatException e) {
            problem("capacity", "'" + InputRules.shown(value) + "' is not a whole number; write how many mentees this"
                    + " mentor can take, from 0 to " + MAX_CAPACITY + ".");
            return 0;
        }
    }

    private void problem(String field, String message) {
        failed = true;
        problems.add(new FieldProblem(field, message, line));
    }
}
