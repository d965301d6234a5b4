package io.mentormatch.api.roster;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.internal.PairRuleRepository;

/** The pair rules (pinned, declined, previous, conflict) as other modules ask and add them. */
@Service
public class PairRules {

    private final PairRuleRepository rules;

    PairRules(PairRuleRepository rules) {
        this.rules = rules;
    }

    public boolean exists(PairRuleKind kind, long residentId, long mentorId) {
        return rules.existsByKindAndResidentIdAndMentorId(kind, residentId, mentorId);
    }

    /** Whether the resident has a rule of this kind with any mentor of the cohort. */
    public boolean existsForResident(long cohortId, PairRuleKind kind, long residentId) {
        return rules.existsByCohortIdAndKindAndResidentId(cohortId, kind, residentId);
    }

    /** The mentor of the resident's first rule of this kind, if any. */
    public Optional<Long> firstMentorOf(long cohortId, PairRuleKind kind, long residentId) {
        return rules.findByCohortIdAndKindAndResidentIdOrderById(cohortId, kind, residentId).stream().findFirst()
                .map(PairRuleEntity::getMentorId);
    }

    /** Adds a rule, written with the caller's transaction. */
    public void add(long cohortId, PairRuleKind kind, long residentId, long mentorId, String reason, Instant at) {
        rules.save(new PairRuleEntity(cohortId, kind, residentId, mentorId, reason, at));
    }

    /** Adds a rule and writes it at once, for a caller that reads the rules again in the same transaction. */
    public void addNow(long cohortId, PairRuleKind kind, long residentId, long mentorId, String reason, Instant at) {
        rules.saveAndFlush(new PairRuleEntity(cohortId, kind, residentId, mentorId, reason, at));
    }
}
