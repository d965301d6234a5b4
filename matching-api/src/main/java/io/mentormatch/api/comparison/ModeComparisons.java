package io.mentormatch.api.comparison;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.ProposalDrafts;
import io.mentormatch.api.roster.CohortAssembler;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.compare.ModeComparison;
import io.mentormatch.core.compare.ModeComparison.Comparison;
import io.mentormatch.core.solver.MatchingMode;

/**
 * Compares the matching modes of a cohort before a run, with the figures of {@link ModeComparison} (the one engine:
 * nothing is recomputed here). The cohort is loaded exactly as a run loads it (the kept pairs pinned), so each row
 * equals what a run in that mode gives.
 * <p>
 * The exact modes take well under a second at a few hundred residents and a few seconds at 2,000; the load-balanced
 * row runs its local search for at most the time limit. Comparisons solve off the request threads, one at a time
 * per instance (the machine's cores belong to the runs too), with a short queue; beyond it the caller is told to
 * retry.
 */
@Service
public class ModeComparisons {

    private static final int QUEUE = 4;

    private final CohortService cohorts;
    private final CohortAssembler assembler;
    private final ProposalDrafts drafts;
    private final TransactionTemplate tx;
    private final ThreadPoolExecutor solver = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
        Thread thread = new Thread(r, "mode-comparison");
        thread.setDaemon(true);
        return thread;
    });

    ModeComparisons(CohortService cohorts, CohortAssembler assembler, ProposalDrafts drafts, TransactionTemplate tx) {
        this.cohorts = cohorts;
        this.assembler = assembler;
        this.drafts = drafts;
        this.tx = tx;
    }

    @PreDestroy
    void stop() {
        solver.shutdownNow();
    }

    /** The modes a comparison of the cohort shows, in its order: the load-balanced row only when load balance weighs. */
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<String> modes(long cohortId) {
        List<String> modes = new ArrayList<>(List.of(MatchingMode.OPTIMAL.label(), MatchingMode.STABLE.label(),
                MatchingMode.STABLE_MENTOR_OPTIMAL.label(), MatchingMode.RANK_MAXIMAL.label()));
        if (cohorts.find(cohortId).getWeights().loadBalance() > 0) {
            modes.add(ModeComparison.LOAD_BALANCED);
        }
        return List.copyOf(modes);
    }

    /**
     * The comparison of the cohort's modes, solved on the comparison thread. The cohort is read (and checked) now,
     * so an unknown or invalid cohort fails here, not in the future.
     *
     * @param timeLimit the most the load-balanced row's local search may run
     * @throws ComparisonsBusy when the queue is full
     */
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public CompletableFuture<Comparison> compare(long cohortId, Duration timeLimit) {
        Cohort cohort = tx.execute(status -> assembler.toCore(cohortId, drafts.keptPairs(cohortId)));
        try {
            return CompletableFuture.supplyAsync(() -> ModeComparison.of(cohort, timeLimit), solver);
        } catch (RejectedExecutionException e) {
            throw new ComparisonsBusy();
        }
    }
}
