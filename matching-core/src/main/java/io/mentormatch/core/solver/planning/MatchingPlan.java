package io.mentormatch.core.solver.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Weights;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.Matching;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The planning solution: every resident's assignment, the mentors, and the cohort's weights. */
@PlanningSolution
public class MatchingPlan {

    @ProblemFactProperty
    private Weights weights;
    @ProblemFactCollectionProperty
    private List<MentorSlot> mentors;
    @PlanningEntityCollectionProperty
    private List<ResidentAssignment> residents;
    @PlanningScore
    private HardMediumSoftScore score;

    /** For OptaPlanner's solution cloner. */
    MatchingPlan() {
    }

    public MatchingPlan(Weights weights, List<MentorSlot> mentors, List<ResidentAssignment> residents) {
        this.weights = weights;
        this.mentors = mentors;
        this.residents = residents;
    }

    /**
     * The plan of a matching. Each resident may choose among their candidate mentors, their current mentor and
     * their pinned mentor; a resident with a pinned mentor is pinned to them.
     *
     * @param candidates {@code candidates[r]}: mentor indices resident r may get, best first
     */
    public static MatchingPlan of(PairScorer scorer, Matching start, int[][] candidates) {
        List<MentorSlot> mentors = new ArrayList<>(scorer.mentorCount());
        for (int m = 0; m < scorer.mentorCount(); m++) {
            Mentor mentor = scorer.mentor(m);
            CohortInfo info = scorer.cohort().info();
            mentors.add(new MentorSlot(m, mentor.id(), info.capacityOf(mentor), mentor.accepting(),
                    info.leadsFamily(mentor)));
        }
        List<ResidentAssignment> residents = new ArrayList<>(scorer.residentCount());
        for (int r = 0; r < scorer.residentCount(); r++) {
            int current = start.mentorOf()[r];
            int pinned = scorer.pinnedMentor(r);
            Set<MentorSlot> range = new LinkedHashSet<>();
            for (int m : candidates[r]) {
                range.add(mentors.get(m));
            }
            MentorSlot mentor = current == Matching.UNMATCHED ? null : mentors.get(current);
            if (mentor != null) {
                range.add(mentor);
            }
            MentorSlot pin = pinned < 0 ? null : mentors.get(pinned);
            if (pin != null) {
                range.add(pin);
            }
            residents.add(new ResidentAssignment(scorer, r, List.copyOf(range), pin, mentor));
        }
        return new MatchingPlan(scorer.weights(), mentors, residents);
    }

    public Matching toMatching() {
        Matching matching = Matching.empty(residents.size());
        for (ResidentAssignment assignment : residents) {
            if (assignment.getMentor() != null) {
                matching.mentorOf()[assignment.index()] = assignment.getMentor().index();
            }
        }
        return matching;
    }

    public Weights weights() {
        return weights;
    }

    public List<MentorSlot> mentors() {
        return mentors;
    }

    public List<ResidentAssignment> residents() {
        return residents;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
