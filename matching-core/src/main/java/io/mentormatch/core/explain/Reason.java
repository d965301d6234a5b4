package io.mentormatch.core.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reason of a pair as facts without words, and its words for each {@link Audience}. Pairings store their reasons
 * in the resident's words; {@link #parse} reads those back, so that a stored explanation can be shown to any reader.
 *
 * @param facts the kind's facts in the order of its resident wording (a specialty, the shared interests, a number)
 */
record Reason(Kind kind, List<String> facts) {

    Reason(Kind kind, String... facts) {
        this(kind, List.of(facts));
    }

    /**
     * The kinds of reason, each with the resident's wording; {@code {0}}, {@code {1}} stand for the facts. A wording
     * without facts comes before one with facts that could read it ("No common hours" before "{0} common hours").
     */
    enum Kind {
        CAREER_GOAL("Career goal {0} matches mentor specialty"),
        SAME_SPECIALTY("Same specialty: {0}"),
        RELATED_SPECIALTY("Mentor specialty {0} is related to {1}"),
        NO_SPECIALTY_GIVEN("Add your specialty or career goal to get better suggestions"),
        MENTOR_SPECIALTY_NOT_GIVEN("Mentor specialty not given"),
        OTHER_SPECIALTY("Mentor from another specialty: {0}"),
        OTHER_SPECIALTY_NOT_WANTED("Mentor from another specialty ({0}) although you preferred your own"),
        NO_INTERESTS_GIVEN("Add interests to get better suggestions"),
        NO_SHARED_INTERESTS("No shared interests"),
        ONE_SHARED_INTEREST("1 shared interest: {0}"),
        SHARED_INTERESTS("{0} shared interests: {1}"),
        NO_AVAILABILITY_GIVEN("Add your weekly availability to get better suggestions"),
        NO_COMMON_HOURS("No common hours a week"),
        ONE_COMMON_HOUR("1 common hour a week"),
        COMMON_HOURS("{0} common hours a week"),
        RESIDENT_RANK("Your {0} choice"),
        MENTOR_PREFERENCE("The mentor asked to mentor you"),
        CONTINUES("Continues last year's pairing"),
        REPEATS("Paired last year: a new mentor is preferred");

        private final String residentWords;
        private final Pattern pattern;

        Kind(String residentWords) {
            this.residentWords = residentWords;
            this.pattern = Pattern.compile(Arrays.stream(residentWords.split("\\{\\d}", -1)).map(Pattern::quote)
                    .reduce((a, b) -> a + "(.+?)" + b).orElseThrow());
        }
    }

    /** The reason a resident-worded line states, or empty for a line no {@link Kind} wrote. */
    static Optional<Reason> parse(String residentWords) {
        for (Kind kind : Kind.values()) {
            Matcher m = kind.pattern.matcher(residentWords);
            if (m.matches()) {
                List<String> facts = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    facts.add(m.group(g));
                }
                return Optional.of(new Reason(kind, facts));
            }
        }
        return Optional.empty();
    }

    /** The reason in the words of its reader, or empty when this reader is not to read it. */
    Optional<String> words(Audience audience, String resident, String mentor) {
        return switch (audience) {
            case RESIDENT -> Optional.of(residentWords());
            case PAIRED_RESIDENT -> Optional.of(yourGaps().orElse(residentWords()));
            case MENTOR -> mentorWords(resident);
            case DIRECTOR, EXPORT -> Optional.of(directorWords(resident, mentor));
            case CALENDAR -> kind == Kind.RESIDENT_RANK ? Optional.empty() : Optional.of(directorWords(resident, mentor));
        };
    }

    String residentWords() {
        String words = kind.residentWords;
        for (int i = 0; i < facts.size(); i++) {
            words = words.replace("{" + i + "}", facts.get(i));
        }
        return words;
    }

    /** The mentor's words: nothing of the resident's ranking, the resident's gaps as facts rather than advice. */
    private Optional<String> mentorWords(String resident) {
        return switch (kind) {
            case RESIDENT_RANK -> Optional.empty();
            case CAREER_GOAL -> Optional.of(possessive(resident) + " career goal " + fact(0) + " is your specialty");
            case RELATED_SPECIALTY -> Optional.of("Your specialty " + fact(0) + " is related to " + possessive(resident)
                    + " " + fact(1));
            case MENTOR_SPECIALTY_NOT_GIVEN -> Optional.of("Your profile gives no specialty");
            case OTHER_SPECIALTY -> Optional.of(resident + " is from another specialty than yours (" + fact(0) + ")");
            case OTHER_SPECIALTY_NOT_WANTED -> Optional.of(resident + " asked for a mentor of their own specialty,"
                    + " not " + fact(0));
            case ONE_SHARED_INTEREST -> Optional.of("Shares your interest in " + fact(0));
            case SHARED_INTERESTS -> Optional.of("Shares your interests in " + fact(1));
            case MENTOR_PREFERENCE -> Optional.of("You listed " + resident + " as a resident you'd like to mentor");
            default -> Optional.of(factsOfTheResident(resident).orElse(residentWords()));
        };
    }

    /** The director's words: the resident and the mentor by name. */
    private String directorWords(String resident, String mentor) {
        return switch (kind) {
            case RESIDENT_RANK -> possessive(resident) + " " + fact(0) + " choice";
            case CAREER_GOAL -> possessive(resident) + " career goal " + fact(0) + " matches " + possessive(mentor)
                    + " specialty";
            case RELATED_SPECIALTY -> possessive(mentor) + " specialty " + fact(0) + " is related to "
                    + possessive(resident) + " " + fact(1);
            case MENTOR_SPECIALTY_NOT_GIVEN -> mentor + " gave no specialty";
            case OTHER_SPECIALTY -> mentor + " is from another specialty: " + fact(0);
            case OTHER_SPECIALTY_NOT_WANTED -> mentor + " is from another specialty (" + fact(0) + ") although "
                    + resident + " asked for their own";
            case MENTOR_PREFERENCE -> mentor + " listed " + resident;
            default -> factsOfTheResident(resident).orElse(residentWords());
        };
    }

    /** The resident's advice as a fact said to them, once they can no longer act on it. */
    private Optional<String> yourGaps() {
        return switch (kind) {
            case NO_SPECIALTY_GIVEN -> Optional.of("You gave no specialty or career goal");
            case NO_INTERESTS_GIVEN -> Optional.of("You gave no interests");
            case NO_AVAILABILITY_GIVEN -> Optional.of("You gave no weekly availability");
            default -> Optional.empty();
        };
    }

    /** What the resident's advice says as a fact about them, for a reader who cannot act on it. */
    private Optional<String> factsOfTheResident(String resident) {
        return switch (kind) {
            case NO_SPECIALTY_GIVEN -> Optional.of(resident + " gave no specialty or career goal");
            case NO_INTERESTS_GIVEN -> Optional.of(resident + " gave no interests");
            case NO_AVAILABILITY_GIVEN -> Optional.of(resident + " gave no weekly availability");
            default -> Optional.empty();
        };
    }

    private String fact(int i) {
        return facts.get(i);
    }

    /** "Amara Okafor's", "Dr. James'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
