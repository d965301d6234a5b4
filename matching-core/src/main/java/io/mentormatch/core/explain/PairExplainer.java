package io.mentormatch.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.scoring.PairScore;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.PairTerms;
import io.mentormatch.core.scoring.ScoreTerm;

/**
 * Puts a pair's score breakdown into words a resident understands; terms the cohort ignores are not mentioned,
 * and what the resident left blank is named, so that they know how to get better suggestions.
 */
public final class PairExplainer {

    /** The words of {@link ScoreTerm#RESIDENT_RANK}, as {@link #reason} writes them: "Your 2nd choice". */
    private static final Pattern RESIDENT_RANK = Pattern.compile("Your \\d+(st|nd|rd|th) choice");

    private final PairTerms terms;
    /** Null when built for pairs outside a scored cohort, e.g. a draft profile; then only records are explained. */
    private final PairScorer scorer;

    public PairExplainer(PairScorer scorer) {
        this.terms = scorer.terms();
        this.scorer = scorer;
    }

    /** An explainer for pairs given as records, such as a resident's draft form scored by the recommendations. */
    public PairExplainer(PairTerms terms) {
        this.terms = terms;
        this.scorer = null;
    }

    public List<String> reasons(int r, int m) {
        return reasons(r, m, cohortScorer().breakdown(r, m));
    }

    public List<String> reasons(int r, int m, PairScore score) {
        return reasons(cohortScorer().resident(r), cohortScorer().mentor(m), score);
    }

    private PairScorer cohortScorer() {
        return Objects.requireNonNull(scorer, "this explainer explains records, not cohort indices");
    }

    public List<String> reasons(Resident resident, Mentor mentor, PairScore score) {
        List<String> reasons = new ArrayList<>();
        for (ScoreTerm term : ScoreTerm.values()) {
            reason(term, resident, mentor, score).ifPresent(reasons::add);
        }
        return reasons;
    }

    /** What one term says about the pair, or empty when the cohort ignores the term or it does not apply. */
    public Optional<String> reason(ScoreTerm term, int r, int m, PairScore score) {
        return reason(term, cohortScorer().resident(r), cohortScorer().mentor(m), score);
    }

    public Optional<String> reason(ScoreTerm term, Resident resident, Mentor mentor, PairScore score) {
        if (!counts(term)) {
            return Optional.empty();
        }
        return switch (term) {
            case SPECIALTY -> Optional.of(specialty(score, resident, mentor));
            case INTERESTS -> Optional.of(interests(score, resident));
            case AVAILABILITY -> Optional.of(resident.availability().isEmpty()
                    ? "Add your weekly availability to get better suggestions" : hours(score.commonHours()));
            case RESIDENT_RANK -> score.residentRank() > 0
                    ? Optional.of("Your " + ordinal(score.residentRank()) + " choice") : Optional.empty();
            case MENTOR_PREFERENCE -> score.mentorPreferenceRank() > 0
                    ? Optional.of("The mentor asked to mentor you") : Optional.empty();
            case REPEAT_PAIR -> score.previousPair()
                    ? Optional.of(terms.preferContinuity()
                            ? "Continues last year's pairing" : "Paired last year: a new mentor is preferred")
                    : Optional.empty();
        };
    }

    /**
     * Stored reasons (written for the resident) as this audience may read them: the mentor's copy has no
     * resident's ranking.
     */
    public static List<String> forAudience(List<String> reasons, Audience audience) {
        return audience != Audience.MENTOR ? reasons
                : reasons.stream().filter(r -> !RESIDENT_RANK.matcher(r).matches()).toList();
    }

    private boolean counts(ScoreTerm term) {
        return term.weight(terms.weights()) > 0;
    }

    private static String specialty(PairScore score, Resident resident, Mentor mentor) {
        return switch (score.specialtyMatch()) {
            case CAREER_GOAL -> "Career goal " + resident.careerGoal() + " matches mentor specialty";
            case SAME_SPECIALTY -> "Same specialty: " + mentor.specialty();
            case RELATED -> "Mentor specialty " + mentor.specialty() + " is related to "
                    + (resident.careerGoal().isBlank() ? resident.specialty() : resident.careerGoal());
            case OTHER -> residentSaidNoSpecialty(resident)
                    ? "Add your specialty or career goal to get better suggestions"
                    : mentor.specialty().isBlank() ? "Mentor specialty not given"
                    : "Mentor from another specialty: " + mentor.specialty();
            case OTHER_NOT_OPEN -> "Mentor from another specialty (" + mentor.specialty()
                    + ") although you preferred your own";
        };
    }

    private static boolean residentSaidNoSpecialty(Resident resident) {
        return resident.specialty().isBlank() && resident.careerGoal().isBlank();
    }

    private static String interests(PairScore score, Resident resident) {
        if (resident.interests().isEmpty()) {
            return "Add interests to get better suggestions";
        }
        List<String> shared = score.sharedInterests();
        return switch (shared.size()) {
            case 0 -> "No shared interests";
            case 1 -> "1 shared interest: " + shared.get(0);
            default -> shared.size() + " shared interests: " + String.join(", ", shared);
        };
    }

    private static String hours(int hours) {
        return switch (hours) {
            case 0 -> "No common hours a week";
            case 1 -> "1 common hour a week";
            default -> hours + " common hours a week";
        };
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st": the one English ordinal of the product's words. */
    public static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
