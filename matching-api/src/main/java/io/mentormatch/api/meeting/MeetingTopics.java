package io.mentormatch.api.meeting;

import java.util.List;
import java.util.Locale;

import io.mentormatch.api.text.TextLimits;

/**
 * The short list of topics a meeting form offers; a pair may add its own words too. A listed topic is stored in
 * its listed spelling whatever case was sent, so the dashboard can count them.
 */
public final class MeetingTopics {

    public static final List<String> LISTED = List.of("Career planning", "Research", "Clinical skills",
            "Wellbeing", "Work-life balance", "Teaching", "Exams and boards", "Fellowship applications");
    /** At most this many topics per meeting, each at most {@link TextLimits#INTEREST} characters: they fit the column. */
    public static final int MAX = 10;

    private MeetingTopics() {
    }

    static String canonical(String topic) {
        String stripped = topic.strip();
        return LISTED.stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(stripped.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(stripped);
    }
}
