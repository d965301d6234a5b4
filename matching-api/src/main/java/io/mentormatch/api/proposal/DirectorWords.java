package io.mentormatch.api.proposal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The pair explainer writes to the resident ("Your 2nd choice"); the director reads about the resident ("Ana's 2nd
 * choice"). Advice only the resident can act on ("Add interests …") is left out.
 */
public final class DirectorWords {

    private static final Pattern YOUR = Pattern.compile("\\bYour\\b");
    private static final Pattern YOU = Pattern.compile("\\byou preferred your own\\b|\\bmentor you\\b");

    private DirectorWords() {
    }

    public static List<String> reasons(List<String> forResident, String residentName) {
        String first = residentName.strip().split("\\s+")[0];
        return forResident.stream().filter(reason -> !reason.startsWith("Add "))
                .map(reason -> YOUR.matcher(reason).replaceAll(first + "'s"))
                .map(reason -> YOU.matcher(reason).replaceAll(match -> match.group().startsWith("mentor")
                        ? "mentor " + first : first + " preferred their own"))
                .toList();
    }
}
