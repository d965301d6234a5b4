package io.mentormatch.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.explain.Reason.Kind;
import io.mentormatch.core.scoring.PairScore;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.PairTerms;
import io.mentormatch.core.scoring.ScoreTerm;

/**
 * Puts a pair's score breakdown into words for its reader ({@link Audience}); terms the cohort ignores are not
 * mentioned. The resident reads what they left blank as advice, so that they know how to get better suggestions;
 * the others read it as a fact about the resident, and the mentor never reads how the resident ranked them.
 */
public final class PairExplainer {

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

    /** The pair's reasons in the resident's words: what pairings store. */
    public List<String> reasons(int r, int m) {
        return reasons(r, m, Audience.RESIDENT);
    }

    /** The pair's reasons in the words of this reader, the resident and the mentor named by their names. */
    public List<String> reasons(int r, int m, Audience audience) {
        return reasons(cohortScorer().resident(r), cohortScorer().mentor(m), cohortScorer().breakdown(r, m), audience);
    }

    public List<String> reasons(int r, int m, PairScore score) {
        return reasons(cohortScorer().resident(r), cohortScorer().mentor(m), score);
    }

    private PairScorer cohortScorer() {
        return Objects.requireNonNull(scorer, "this explainer explains records, not cohort indices");
    }

    public List<String> reasons(Resident resident, Mentor mentor, PairScore score) {
        return reasons(resident, mentor, score, Audience.RESIDENT);
    }

    public List<String> reasons(Resident resident, Mentor mentor, PairScore score, Audience audience) {
        List<String> reasons = new ArrayList<>();
        for (ScoreTerm term : ScoreTerm.values()) {
            reason(term, resident, mentor, score, audience).ifPresent(reasons::add);
        }
        return reasons;
    }

    /** What one term says about the pair, or empty when the cohort ignores the term or it does not apply. */
    public Optional<String> reason(ScoreTerm term, int r, int m, PairScore score) {
        return reason(term, cohortScorer().resident(r), cohortScorer().mentor(m), score);
    }

    public Optional<String> reason(ScoreTerm term, Resident resident, Mentor mentor, PairScore score) {
        return reason(term, resident, mentor, score, Audience.RESIDENT);
    }

    /** As {@link #reason(ScoreTerm, Resident, Mentor, PairScore)}, in the words of this reader. */
    public Optional<String> reason(ScoreTerm term, Resident resident, Mentor mentor, PairScore score,
                                   Audience audience) {
        return fact(term, resident, mentor, score)
                .flatMap(reason -> reason.words(audience, resident.name(), mentor.name()));
    }

    private Optional<Reason> fact(ScoreTerm term, Resident resident, Mentor mentor, PairScore score) {
        if (!counts(term)) {
            return Optional.empty();
        }
        return switch (term) {
            case SPECIALTY -> Optional.of(specialty(score, resident, mentor));
            case INTERESTS -> Optional.of(interests(score, resident));
            case AVAILABILITY -> Optional.of(resident.availability().isEmpty()
                    ? new Reason(Kind.NO_AVAILABILITY_GIVEN) : hours(score.commonHours()));
            case RESIDENT_RANK -> score.residentRank() > 0
                    ? Optional.of(new Reason(Kind.RESIDENT_RANK, ordinal(score.residentRank()))) : Optional.empty();
            case MENTOR_PREFERENCE -> score.mentorPreferenceRank() > 0
                    ? Optional.of(new Reason(Kind.MENTOR_PREFERENCE)) : Optional.empty();
            case REPEAT_PAIR -> score.previousPair()
                    ? Optional.of(new Reason(terms.preferContinuity() ? Kind.CONTINUES : Kind.REPEATS))
                    : Optional.empty();
        };
    }

    /**
     * Stored reasons (written for the resident) in the words of this reader: the mentor's copy has no resident's
     * ranking, the director's and an export's name the resident and the mentor, and only the resident reads advice.
     * A line the explainer did not write (e.g. why nobody was found) is kept as it is.
     */
    public static List<String> forAudience(List<String> reasons, Audience audience, String residentName,
                                           String mentorName) {
        if (audience == Audience.RESIDENT) {
            return reasons;
        }
        return reasons.stream().flatMap(line -> Reason.parse(line)
                .map(reason -> reason.words(audience, residentName, mentorName).stream())
                .orElseGet(() -> Stream.of(line))).toList();
    }

    private boolean counts(ScoreTerm term) {
        return term.weight(terms.weights()) > 0;
    }

    private static Reason specialty(PairScore score, Resident resident, Mentor mentor) {
        return switch (score.specialtyMatch()) {
            case CAREER_GOAL -> new Reason(Kind.CAREER_GOAL, resident.careerGoal());
            case SAME_SPECIALTY -> new Reason(Kind.SAME_SPECIALTY, mentor.specialty());
            case RELATED -> new Reason(Kind.RELATED_SPECIALTY, mentor.specialty(),
                    resident.careerGoal().isBlank() ? resident.specialty() : resident.careerGoal());
            case OTHER -> residentSaidNoSpecialty(resident) ? new Reason(Kind.NO_SPECIALTY_GIVEN)
                    : mentor.specialty().isBlank() ? new Reason(Kind.MENTOR_SPECIALTY_NOT_GIVEN)
                    : new Reason(Kind.OTHER_SPECIALTY, mentor.specialty());
            case OTHER_NOT_OPEN -> new Reason(Kind.OTHER_SPECIALTY_NOT_WANTED, mentor.specialty());
        };
    }

    private static boolean residentSaidNoSpecialty(Resident resident) {
        return resident.specialty().isBlank() && resident.careerGoal().isBlank();
    }

    private static Reason interests(PairScore score, Resident resident) {
        if (resident.interests().isEmpty()) {
            return new Reason(Kind.NO_INTERESTS_GIVEN);
        }
        List<String> shared = score.sharedInterests();
        return switch (shared.size()) {
            case 0 -> new Reason(Kind.NO_SHARED_INTERESTS);
            case 1 -> new Reason(Kind.ONE_SHARED_INTEREST, shared.get(0));
            default -> new Reason(Kind.SHARED_INTERESTS, String.valueOf(shared.size()), String.join(", ", shared));
        };
    }

    private static Reason hours(int hours) {
        return switch (hours) {
            case 0 -> new Reason(Kind.NO_COMMON_HOURS);
            case 1 -> new Reason(Kind.ONE_COMMON_HOUR);
            default -> new Reason(Kind.COMMON_HOURS, String.valueOf(hours));
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
