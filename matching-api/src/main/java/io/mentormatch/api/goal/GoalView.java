package io.mentormatch.api.goal;

import java.time.LocalDate;

/** A goal as the pair reads it. */
public record GoalView(long id, long pairingId, String text, Competency competency, String competencyLabel,
                       GoalStatus status, LocalDate targetDate, long version) {

    static GoalView of(GoalEntity g) {
        return new GoalView(g.getId(), g.getPairingId(), g.getText(), g.getCompetency(), g.getCompetency().label(),
                g.getStatus(), g.getTargetDate(), g.getVersion());
    }

    /** What the audit log keeps, which the director reads: the goal's id, nothing of its content or its pair. */
    record Audited(long id) {

        static Audited of(GoalEntity g) {
            return new Audited(g.getId());
        }
    }
}
