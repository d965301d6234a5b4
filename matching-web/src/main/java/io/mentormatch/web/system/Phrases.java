package io.mentormatch.web.system;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Small pieces the confirmations share: a sentence of the message catalogue in the request's locale, lists of names
 * and cohorts by name. Counted nouns are choice patterns of the catalogue, not code.
 */
public final class Phrases {

    private Phrases() {
    }

    /** The catalogue's sentence {@code key} with its arguments; without arguments, written as it stands. */
    public static String say(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** "Amara Okafor", "Amara Okafor and Ben Li", "Amara Okafor, Ben Li and Chen Wu". */
    public static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A cohort by its name, with its academic year unless the name says it already. */
    public static String cohort(String name, String academicYear) {
        return academicYear == null || name.contains(academicYear) ? name : name + " " + academicYear;
    }
}
