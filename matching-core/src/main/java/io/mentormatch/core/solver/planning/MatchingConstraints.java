package io.mentormatch.core.solver.planning;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.Incompatibility;
import io.mentormatch.core.scoring.ScoreTerm;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of the design brief's matching model, one method per rule. Every per-pair soft term reads its
 * points from the pair scorer, so the solver, the exact solver and the explanations agree; a term that can go
 * either way (specialty, last year's pair) is one reward and one penalty, so each constraint has one sign.
 */
public class MatchingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                mentorOverCapacity(factory),
                mentorNotAccepting(factory),
                declinedPair(factory),
                conflictOfInterest(factory),
                avoidedMentor(factory),
                differentSpecialty(factory),
                pinnedPairBroken(factory),
                residentUnmatched(factory),
                specialtyAlignment(factory),
                unwantedSpecialty(factory),
                interestSimilarity(factory),
                availabilityOverlap(factory),
                residentRank(factory),
                mentorPreference(factory),
                repeatPair(factory),
                pairContinuity(factory),
                balancedLoad(factory),
                familyCommonHour(factory)
        };
    }

    // A mentor never takes more mentees than the capacity they offered.
    Constraint mentorOverCapacity(ConstraintFactory factory) {
        return factory.forEach(ResidentAssignment.class)
                .groupBy(ResidentAssignment::getMentor, count())
                .filter((mentor, load) -> load > mentor.capacity())
                .penalize(HardMediumSoftScore.ONE_HARD, (mentor, load) -> load - mentor.capacity())
                .justifyWith((mentor, load, score) -> new MatchJustification.MentorLoad(mentor.id(), load,
                        mentor.id() + " has " + load + " mentees but a capacity of " + mentor.capacity()))
                .asConstraint("Mentor over capacity");
    }

    // A mentor who takes no mentees this year gets none.
    Constraint mentorNotAccepting(ConstraintFactory factory) {
        return factory.forEach(ResidentAssignment.class)
                .filter(assignment -> !assignment.getMentor().accepting())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((assignment, score) -> assignment.broken(Incompatibility.NOT_ACCEPTING))
                .asConstraint("Mentor not accepting");
    }

    // A pairing the mentor declined is never proposed again.
    Constraint declinedPair(ConstraintFactory factory) {
        return bannedPair(factory, Incompatibility.DECLINED, "Declined pair");
    }

    // No resident gets a mentor with a conflict of interest (direct supervisor, evaluator, self).
    Constraint conflictOfInterest(ConstraintFactory factory) {
        return bannedPair(factory, Incompatibility.CONFLICT_OF_INTEREST, "Conflict of interest");
    }

    // No resident gets a mentor on their avoid list.
    Constraint avoidedMentor(ConstraintFactory factory) {
        return bannedPair(factory, Incompatibility.AVOIDED, "Avoided mentor");
    }

    // Where the cohort requires it, the mentor's specialty is the resident's specialty or career goal.
    Constraint differentSpecialty(ConstraintFactory factory) {
        return factory.forEach(ResidentAssignment.class)
                .filter(ResidentAssignment::breaksSameSpecialty)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((assignment, score) -> assignment.broken(Incompatibility.DIFFERENT_SPECIALTY))
                .asConstraint("Different specialty");
    }

    // An accepted pairing stays as it is in every later run.
    Constraint pinnedPairBroken(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ResidentAssignment.class)
                .filter(assignment -> assignment.pinnedMentor() != null
                        && !assignment.pinnedMentor().equals(assignment.getMentor()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((assignment, score) -> new MatchJustification.PairRule(assignment.residentId(),
                        assignment.pinnedMentor().id(), assignment.residentId() + " is no longer with "
                        + assignment.pinnedMentor().id() + ", an accepted pairing"))
                .asConstraint("Pinned pair broken");
    }

    // Match as many residents as capacity allows.
    Constraint residentUnmatched(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ResidentAssignment.class)
                .filter(assignment -> assignment.getMentor() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((assignment, score) -> new MatchJustification.ResidentUnmatched(
                        assignment.residentId(), assignment.residentId() + " has no mentor"))
                .asConstraint("Resident unmatched");
    }

    // The mentor's specialty matches the resident's career goal or specialty, or is related to it.
    Constraint specialtyAlignment(ConstraintFactory factory) {
        return pairReward(factory, ScoreTerm.SPECIALTY, "Specialty alignment");
    }

    // A mentor from an unrelated specialty, for a resident who asked for their own, scores lower still.
    Constraint unwantedSpecialty(ConstraintFactory factory) {
        return pairPenalty(factory, ScoreTerm.SPECIALTY, "Unwanted specialty");
    }

    // Resident and mentor share interests, rare ones counting more.
    Constraint interestSimilarity(ConstraintFactory factory) {
        return pairReward(factory, ScoreTerm.INTERESTS, "Interest similarity");
    }

    // Resident and mentor have common free hours in the week.
    Constraint availabilityOverlap(ConstraintFactory factory) {
        return pairReward(factory, ScoreTerm.AVAILABILITY, "Availability overlap");
    }

    // The resident ranked the mentor, the higher the better.
    Constraint residentRank(ConstraintFactory factory) {
        return pairReward(factory, ScoreTerm.RESIDENT_RANK, "Resident rank");
    }

    // The mentor asked for the resident.
    Constraint mentorPreference(ConstraintFactory factory) {
        return pairReward(factory, ScoreTerm.MENTOR_PREFERENCE, "Mentor preference");
    }

    // Last year's pair is not repeated.
    Constraint repeatPair(ConstraintFactory factory) {
        return pairPenalty(factory, ScoreTerm.REPEAT_PAIR, "Repeat pair");
    }

    // Where the cohort asks for continuity, last year's pair is kept instead.
    Constraint pairContinuity(ConstraintFactory factory) {
        return pairReward(factory, ScoreTerm.REPEAT_PAIR, "Pair continuity");
    }

    /**
     * Mentees spread evenly across mentors: every two mentees who share a mentor cost the load-balance weight,
     * i.e. weight × load × (load − 1) / 2 per mentor. Moving a mentee from a mentor with load a to one with
     * load b saves weight × (a − 1 − b): at the default weight 2, moving a 4th mentee to an idle mentor is worth
     * 6 points, less than one rank step of the resident's ranking (16 points), so balance yields to preferences
     * and decides between near-equal mentors.
     */
    Constraint balancedLoad(ConstraintFactory factory) {
        return factory.forEach(ResidentAssignment.class)
                .groupBy(ResidentAssignment::getMentor, count())
                .filter((mentor, load) -> load > 1)
                .join(Weights.class)
                .filter((mentor, load, weights) -> weights.loadBalance() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (mentor, load, weights) -> weights.loadBalance() * load * (load - 1) / 2)
                .justifyWith((mentor, load, weights, score) -> new MatchJustification.MentorLoad(mentor.id(), load,
                        mentor.id() + " shares their time between " + load + " mentees"))
                .asConstraint("Balanced load");
    }

    // A mentoring family (a faculty mentor and their mentees) has an hour a week in which all of them are free.
    Constraint familyCommonHour(ConstraintFactory factory) {
        return factory.forEach(ResidentAssignment.class)
                .filter(ResidentAssignment::inFamily)
                .groupBy(ResidentAssignment::getMentor, toList())
                .filter((mentor, members) -> ResidentAssignment.familyCommonHours(members) > 0)
                .reward(HardMediumSoftScore.ONE_SOFT, (mentor, members) -> ResidentAssignment.familyReward(members))
                .justifyWith((mentor, members, score) -> new MatchJustification.Family(mentor.id(), members.size(),
                        "the family of " + mentor.id() + " has " + ResidentAssignment.familyCommonHours(members)
                                + " common hours a week"))
                .asConstraint("Family common hour");
    }

    private static Constraint bannedPair(ConstraintFactory factory, Incompatibility ban, String name) {
        return factory.forEach(ResidentAssignment.class)
                .filter(assignment -> assignment.bannedAs(ban))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((assignment, score) -> assignment.broken(ban))
                .asConstraint(name);
    }

    /** The positive points of a per-pair soft term. */
    private static Constraint pairReward(ConstraintFactory factory, ScoreTerm term, String name) {
        return factory.forEach(ResidentAssignment.class)
                .filter(assignment -> assignment.points(term) > 0)
                .reward(HardMediumSoftScore.ONE_SOFT, assignment -> assignment.points(term))
                .justifyWith((assignment, score) -> assignment.scored(term))
                .asConstraint(name);
    }

    /** The negative points of a per-pair soft term. */
    private static Constraint pairPenalty(ConstraintFactory factory, ScoreTerm term, String name) {
        return factory.forEach(ResidentAssignment.class)
                .filter(assignment -> assignment.points(term) < 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, assignment -> -assignment.points(term))
                .justifyWith((assignment, score) -> assignment.scored(term))
                .asConstraint(name);
    }
}
