package io.mentormatch.api.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.api.roster.RosterInconsistent;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.scoring.PairScore;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.solver.PeerLayer;

/**
 * The parts of each shown pairing's fit ({@link FitScale#parts}), from the pair scorer on the roster as it is now. A
 * pairing whose stored pair score the scorer no longer gives (a form or profile changed since) gets no parts rather
 * than parts that do not add up to its fit.
 */
@Component
class FitParts {

    private final CohortAssembler assembler;

    FitParts(CohortAssembler assembler) {
        this.assembler = assembler;
    }

    /** The parts by proposal id (a map that answers a null id); empty when the roster does not make a valid cohort. */
    Map<Long, List<FitScale.FitPart>> of(CohortEntity cohort, List<ProposalView> rows) {
        Cohort core;
        try {
            core = assembler.toCore(cohort.getId());
        } catch (RosterInconsistent e) {
            return new HashMap<>();
        }
        Map<Layer, PairScorer> scorers = new HashMap<>();
        Map<Long, List<FitScale.FitPart>> parts = new HashMap<>();
        for (ProposalView row : rows) {
            if (row.id() == null) {
                continue;
            }
            PairScorer scorer = scorers.computeIfAbsent(row.layer(), layer -> PairScorer.of(PeerLayer.layer(core, layer)));
            OptionalInt r = scorer.findResident(ResidentId.of(row.resident()));
            OptionalInt m = scorer.findMentor(MentorId.of(row.mentor()));
            if (r.isPresent() && m.isPresent()) {
                PairScore score = scorer.breakdown(r.getAsInt(), m.getAsInt());
                if (score.total() == row.pairScore()) {
                    parts.put(row.id(), FitScale.of(cohort, row.layer()).parts(score));
                }
            }
        }
        return parts;
    }
}
