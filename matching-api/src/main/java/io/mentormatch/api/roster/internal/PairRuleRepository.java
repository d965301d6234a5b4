package io.mentormatch.api.roster.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.mentormatch.api.roster.PairRuleKind;

public interface PairRuleRepository extends JpaRepository<PairRuleEntity, Long> {

    List<PairRuleEntity> findByCohortId(Long cohortId);

    List<PairRuleEntity> findByCohortIdAndKind(Long cohortId, PairRuleKind kind);

    /** One resident's rules of a kind, rather than the whole cohort's. */
    List<PairRuleEntity> findByCohortIdAndKindAndResidentIdOrderById(Long cohortId, PairRuleKind kind, Long residentId);

    boolean existsByCohortIdAndKindAndResidentId(Long cohortId, PairRuleKind kind, Long residentId);

    boolean existsByKindAndResidentIdAndMentorId(PairRuleKind kind, Long residentId, Long mentorId);

    void deleteByKindAndResidentIdAndMentorId(PairRuleKind kind, Long residentId, Long mentorId);

    void deleteByCohortId(Long cohortId);
}
