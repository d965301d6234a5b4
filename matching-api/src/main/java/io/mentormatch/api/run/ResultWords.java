package io.mentormatch.api.run;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.mentormatch.core.explain.PairExplainer;

/**
 * A matching result in a director's words rather than the solver's: "total fit 3,760, no rule broken, every resident
 * matched" for the score "0hard/0medium/3760soft". The one wording every page and the API use for a result, so the
 * run, runs and review pages can never describe one result two ways.
 */
public final class ResultWords {

    /** Hard: one point per broken rule (or seat over capacity); medium: one per unmatched resident; soft: the fit. */
    private static final Pattern SCORE = Pattern.compile("(?:-?\\d+init/)?(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

    private ResultWords() {
    }

    /** The score in words, the score itself when it is not a score of the matching model, null for null. */
    public static String score(String score) {
        return score(score, null);
    }

    /**
     * As {@link #score(String)}, with the total fit given as the sum of pair scores when it is known (a finished
     * run): the soft score also holds the load-balance penalty, and the comparison of modes shows the pair-score sum.
     */
    public static String score(String score, Long pairScoreTotal) {
        if (score == null) {
            return null;
        }
        Matcher m = SCORE.matcher(score.trim());
        if (!m.matches()) {
            return score;
        }
        long fit = pairScoreTotal != null ? pairScoreTotal : Long.parseLong(m.group(3));
        return "total fit " + number(fit) + ", " + outcome(m);
    }

    /**
     * The score's rules and unmatched residents in words, without the raw fit: "no rule broken, every resident
     * matched". Pages say the fit on the one fit scale beside it; null for null, the score itself when it is not a
     * score of the matching model.
     */
    public static String outcome(String score) {
        if (score == null) {
            return null;
        }
        Matcher m = SCORE.matcher(score.trim());
        return m.matches() ? outcome(m) : score;
    }

    private static String outcome(Matcher m) {
        long broken = -Long.parseLong(m.group(1));
        long unmatched = -Long.parseLong(m.group(2));
        return (broken <= 0 ? "no rule broken" : broken + (broken == 1 ? " hard rule broken" : " hard rules broken")
                + ": a seat limit, conflict, decline or kept pair is not respected") + ", "
                + (unmatched <= 0 ? "every resident matched"
                : unmatched + (unmatched == 1 ? " resident unmatched" : " residents unmatched"));
    }

    /**
     * Which choices the residents got, from a choice profile {@code [matched, 1st, 2nd, ..., unranked]}: "12 got their
     * 1st choice, 3 their 2nd choice, 1 a mentor they did not rank"; null for a result stored without a profile.
     */
    public static String choices(List<Integer> profile) {
        if (profile == null || profile.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int rank = 1; rank < profile.size() - 1; rank++) {
            if (profile.get(rank) > 0) {
                parts.add(profile.get(rank) + (parts.isEmpty() ? " got their " : " their ") + ordinal(rank) + " choice");
            }
        }
        int unranked = profile.size() > 1 ? profile.get(profile.size() - 1) : 0;
        if (unranked > 0) {
            parts.add(unranked + (parts.isEmpty() ? " got a mentor they did not rank" : " a mentor they did not rank"));
        }
        return parts.isEmpty() ? "nobody was matched" : String.join(", ", parts);
    }

    /** A mode's name for a director: "Best total fit" for {@code optimal}; the label itself when unknown. */
    public static String mode(String label) {
        return switch (label) {
            case "optimal" -> "Best total fit";
            case "stable" -> "Stable, residents' best";
            case "stable-mentor-optimal" -> "Stable, mentors' best";
            case "rank-maximal" -> "Most first choices";
            case "optimal-load-balanced" -> "Best total fit, even load";
            default -> label;
        };
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
    public static String ordinal(int n) {
        return PairExplainer.ordinal(n);
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
