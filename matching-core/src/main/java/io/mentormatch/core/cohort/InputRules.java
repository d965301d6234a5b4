package io.mentormatch.core.cohort;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for text that comes in, whichever way it comes: a cohort file (command line or import), a roster
 * CSV, an API request or a page form. Codes become parts of file names, calendar entries and links, so they are
 * letters, digits and {@code . _ -} only; names and free text are plain text, without markup brackets (pages escape
 * anyway, but e-mails, CSV exports and calendars are safer without) and without control characters (a CR/LF would
 * start a new line in a calendar file or a mail header). Free text (reasons, notes) may hold markup and line
 * breaks, which every output escapes, but no other control character. The limits are the database columns'.
 */
public final class InputRules {

    /** Codes of cohorts, residents and mentors (varchar 64). */
    public static final int CODE_LENGTH = 64;
    public static final String CODE_PATTERN = "[A-Za-z0-9._-]{1," + CODE_LENGTH + "}";
    public static final String PLAIN_TEXT_PATTERN = "[^<>\\p{Cntrl}]*";
    /** Free text (reasons, notes, answers): any characters but the controls, except tabs and line breaks. */
    public static final String FREE_TEXT_PATTERN = "[^\\p{Cntrl}]*+(?:[\\t\\r\\n]++[^\\p{Cntrl}]*+)*+";
    /** Names and labels: program, cohort, person, specialty, career goal (varchar 200). */
    public static final int NAME = 200;
    /** Free-text reasons: declining, overriding, conflicts of interest (varchar 2000). */
    public static final int REASON = 2000;
    /** One interest; {@link #INTERESTS} of them, as a JSON array, fit the 4000 characters of the interests column. */
    public static final int INTEREST = 100;
    public static final int INTERESTS = 30;

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final Pattern PLAIN_TEXT = Pattern.compile(PLAIN_TEXT_PATTERN);
    private static final Pattern FREE_TEXT = Pattern.compile(FREE_TEXT_PATTERN);

    private InputRules() {
    }

    /** Why {@code code} is not a valid code, in a sentence; empty when it is. */
    public static Optional<String> codeProblem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("The id is missing; write one of 1 to " + CODE_LENGTH
                    + " letters, digits, dots, underscores or hyphens.");
        }
        if (!CODE.matcher(code).matches()) {
            return Optional.of("'" + shown(code) + "' cannot be an id; write 1 to " + CODE_LENGTH
                    + " letters, digits, dots, underscores or hyphens.");
        }
        return Optional.empty();
    }

    /** Why these hours of the week are not hours, in a sentence; {@code bad} is not empty. */
    public static String slotsProblem(List<String> bad) {
        return String.join(", ", bad.stream().map(InputRules::shown).toList())
                + (bad.size() == 1 ? " is not an hour" : " are not hours") + " of the week; write a day and an hour"
                + " such as MON-18 (Monday, 18:00 to 19:00).";
    }

    /** A kind of mentor as a person writes it: any case, "senior resident" or "senior-resident" as well. */
    public static Optional<MentorKind> mentorKind(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(MentorKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** Why {@code value} is not a kind of mentor, in a sentence. */
    public static String mentorKindProblem(String value) {
        return "'" + shown(value) + "' is not a kind of mentor; write faculty or senior resident.";
    }

    /** Why {@code text} is not plain text of at most {@code maxLength} characters; empty when it is (or is null). */
    public static Optional<String> textProblem(String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of("is longer than " + maxLength + " characters");
        }
        if (!PLAIN_TEXT.matcher(text).matches()) {
            return Optional.of("must be plain text, without < > or control characters such as line breaks");
        }
        return Optional.empty();
    }

    /**
     * Why {@code text} is not free text of at most {@code maxLength} characters; empty when it is (or is null). Free
     * text may hold markup, which every output escapes, and line breaks, but no other control character.
     */
    public static Optional<String> freeTextProblem(String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of("is longer than " + maxLength + " characters");
        }
        if (!FREE_TEXT.matcher(text).matches()) {
            return Optional.of("must be text without control characters (line breaks and tabs are fine)");
        }
        return Optional.empty();
    }

    /** A value quoted back to its author: at most 40 characters, control characters shown as '?'. */
    public static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }
}
