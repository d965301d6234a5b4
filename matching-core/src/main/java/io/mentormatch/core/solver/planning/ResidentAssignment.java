package io.mentormatch.core.solver.planning;

import java.util.List;

import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.Incompatibility;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.ScoreTerm;
import io.mentormatch.core.solver.Families;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One resident and the mentor the solver gives them (none while unmatched). The only mutable class of the model.
 * Each resident chooses among their own candidate mentors only, so that a large cohort stays tractable.
 */
@PlanningEntity
public class ResidentAssignment {

    @PlanningId
    private String id;
    private int index;
    private PairScorer scorer;
    @ValueRangeProvider(id = "candidateMentors")
    private List<MentorSlot> candidates;
    private MentorSlot pinnedMentor;
    @PlanningVariable(valueRangeProviderRefs = "candidateMentors", nullable = true)
    private MentorSlot mentor;

    /** For OptaPlanner's solution cloner. */
    ResidentAssignment() {
    }

    /**
     * @param candidates   the mentors the solver may choose from
     * @param pinnedMentor the mentor of an accepted pairing that every run keeps, or null
     */
    public ResidentAssignment(PairScorer scorer, int index, List<MentorSlot> candidates, MentorSlot pinnedMentor,
                              MentorSlot mentor) {
        this.id = scorer.resident(index).id().value();
        this.index = index;
        this.scorer = scorer;
        this.candidates = List.copyOf(candidates);
        this.pinnedMentor = pinnedMentor;
        this.mentor = mentor;
    }

    public ResidentId residentId() {
        return ResidentId.of(id);
    }

    public int index() {
        return index;
    }

    public MentorSlot getMentor() {
        return mentor;
    }

    public void setMentor(MentorSlot mentor) {
        this.mentor = mentor;
    }

    public MentorSlot pinnedMentor() {
        return pinnedMentor;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinnedMentor != null;
    }

    public List<MentorSlot> candidates() {
        return candidates;
    }

    /** The points one soft term gives the current pair; the pair scorer decides them. */
    int points(ScoreTerm term) {
        return scorer.termPoints(term, index, mentor.index());
    }

    boolean bannedAs(Incompatibility ban) {
        return scorer.ban(index, mentor.index()).filter(ban::equals).isPresent();
    }

    boolean inFamily() {
        return mentor.leadsFamily();
    }

    /** Hours in which this family's mentor and every listed member are free; the members share one mentor. */
    static int familyCommonHours(List<ResidentAssignment> members) {
        ResidentAssignment first = members.get(0);
        return Families.commonHours(first.scorer, first.mentor.index(),
                members.stream().mapToInt(ResidentAssignment::index).toArray());
    }

    /** What a family with a common hour earns ({@link Families#commonHourReward}). */
    static int familyReward(List<ResidentAssignment> members) {
        return Families.commonHourReward(members.get(0).scorer);
    }

    boolean breaksSameSpecialty() {
        return scorer.breaksSameSpecialty(index, mentor.index());
    }

    MatchJustification.PairRule broken(Incompatibility rule) {
        return new MatchJustification.PairRule(residentId(), mentor.id(),
                id + " with " + mentor.id() + ": " + rule.description());
    }

    MatchJustification.PairRule scored(ScoreTerm term) {
        String text = new PairExplainer(scorer).reason(term, index, mentor.index(), scorer.breakdown(index, mentor.index()))
                .orElse(term.name());
        return new MatchJustification.PairRule(residentId(), mentor.id(), text);
    }

    @Override
    public String toString() {
        return id + " -> " + (mentor == null ? "none" : mentor.id());
    }
}
