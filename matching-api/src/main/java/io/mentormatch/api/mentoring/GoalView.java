package io.mentormatch.api.mentoring;

import java.time.LocalDate;

/** A goal as the pair reads it. */
public record GoalView(long id, long pairingId, String text, Competency competency, String competencyLabel,
                       GoalStatus status, LocalDate targetDate, long version) {

    static GoalView of(GoalEntity g) {
        return new GoalView(g.getId(), g.getPairingId(), g.getText(), g.getCompetency(), g.getCompetency().label(),
                g.getStatus(), g.getTargetDate(), g.getVersion());
    }

    /** What the audit log keeps: the competency and status, not the pair's words. */
    record Audited(long id, long pairingId, Competency competency, GoalStatus status, LocalDate targetDate) {

        static Audited of(GoalEntity g) {
            return new Audited(g.getId(), g.getPairingId(), g.getCompetency(), g.getStatus(), g.getTargetDate());
        }
    }
}
