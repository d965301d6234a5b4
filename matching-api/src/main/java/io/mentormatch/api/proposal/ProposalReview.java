package io.mentormatch.api.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;

/** The director's review of a cohort's pairings: the filtered list, the counts, and what the review page shows. */
@Service
public class ProposalReview {

    /** By resident, the faculty mentor before the peer mentor. */
    private static final Comparator<ProposalView> BY_RESIDENT = Comparator.comparing(ProposalView::resident)
            .thenComparing(ProposalView::layer).thenComparing(v -> v.id() == null ? 0 : v.id());

    private final ProposalRepository proposals;
    private final Roster roster;
    private final CohortService cohorts;
    private final ProposalViews views;
    private final FitParts fitParts;

    ProposalReview(ProposalRepository proposals, Roster roster, CohortService cohorts,
                   ProposalViews views, FitParts fitParts) {
        this.proposals = proposals;
        this.roster = roster;
        this.cohorts = cohorts;
        this.views = views;
        this.fitParts = fitParts;
    }

    /**
     * One page of the review list, sorted by resident code; the database filters and pages.
     *
     * @param lowScoreBelow the LOW_SCORE threshold as a pair score; null for a low fit ({@link LowScore}), each pair
     *                      on its own layer's scale
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public Page<ProposalView> list(long cohortId, ProposalFilter filter, Integer lowScoreBelow, Pageable pageable) {
        CohortEntity cohort = cohorts.find(cohortId);
        // the list has one order, by resident code; a sort the client asks for is not a column here
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        if (filter == ProposalFilter.UNMATCHED) {
            return proposals.findUnmatched(cohortId, page).map(ProposalViews::unmatched);
        }
        if (filter == ProposalFilter.LOW_SCORE && lowScoreBelow == null) {
            return lowFit(cohort, page);
        }
        Page<ProposalEntity> rows = switch (filter) {
            case LOW_SCORE -> proposals.findLiveBelow(cohortId, lowScoreBelow, page);
            case DECLINED -> proposals.findDeclined(cohortId, page);
            default -> proposals.findLive(cohortId, page);
        };
        ProposalViews.Names names = views.names(rows.getContent());
        return new PageImpl<>(views.views(cohort, rows.getContent(), names), page, rows.getTotalElements());
    }

    /**
     * The pairings whose fit is low ({@link LowScore#isLow}), each on its own layer's scale: a peer mentor's pair is
     * judged by the peer weights, not by the faculty threshold a single pair-score bound would apply. Paged here.
     */
    private Page<ProposalView> lowFit(CohortEntity cohort, Pageable page) {
        List<ProposalEntity> live = proposals.findLive(cohort.getId());
        List<ProposalView> low = views.views(cohort, live, views.names(live)).stream().filter(LowScore::isLow)
                .sorted(Comparator.comparing(ProposalView::resident).thenComparing(ProposalView::id)).toList();
        int from = (int) Math.min(page.getOffset(), low.size());
        return new PageImpl<>(low.subList(from, Math.min(from + page.getPageSize(), low.size())), page, low.size());
    }

    /** The cohort's {@link LowScore} threshold, from the average of its current pair scores. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public int lowScoreBelow(long cohortId) {
        return LowScore.below(cohorts.find(cohortId));
    }

    /** Everything the review page shows, from one read of the proposals and one of the roster; unpaged. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ReviewPage page(long cohortId, ProposalFilter filter) {
        CohortEntity cohort = cohorts.find(cohortId);
        ProposalViews.Names names = views.names(cohortId);
        List<ProposalView> current = views.views(cohort,
                proposals.findByCohortIdAndSupersededAtIsNullOrderById(cohortId), names);
        List<ProposalView> live = current.stream().filter(p -> p.state() != ProposalState.DECLINED)
                .sorted(BY_RESIDENT).toList();
        Set<String> paired = live.stream().filter(p -> p.layer() == Layer.PRIMARY).map(ProposalView::resident)
                .collect(Collectors.toSet());
        Set<String> peerPaired = live.stream().filter(p -> p.layer() == Layer.PEER).map(ProposalView::resident)
                .collect(Collectors.toSet());
        List<ProposalView> unmatched = names.residents().values().stream().flatMap(r -> Stream.concat(
                        paired.contains(r.code()) ? Stream.<ProposalView>empty()
                                : Stream.of(ProposalViews.unmatched(r, Layer.PRIMARY)),
                        !cohort.isPeerMentoring() || peerPaired.contains(r.code()) ? Stream.<ProposalView>empty()
                                : Stream.of(ProposalViews.unmatched(r, Layer.PEER))))
                .sorted(BY_RESIDENT).toList();
        List<ProposalView> shown = switch (filter) {
            case ALL -> Stream.concat(live.stream(), unmatched.stream()).toList();
            case UNMATCHED -> unmatched;
            case LOW_SCORE -> live.stream().filter(LowScore::isLow).toList();
            case DECLINED -> current.stream().filter(p -> p.state() == ProposalState.DECLINED).sorted(BY_RESIDENT)
                    .toList();
        };
        List<ProposalView> everyone = new ArrayList<>(live);
        everyone.addAll(unmatched);
        long declined = current.size() - live.size();
        ProposalCounts counts = new ProposalCounts(live.size(), unmatched.size(),
                live.stream().filter(p -> p.sentAt() == null).count(),
                live.stream().filter(p -> p.sentAt() != null && p.state() == ProposalState.PROPOSED).count(),
                live.stream().filter(p -> p.state() == ProposalState.ACCEPTED).count(), declined);
        return new ReviewPage(filter, shown, List.copyOf(everyone), counts, FitScale.LOW_FIT_PERCENT,
                averageFit(live), fitParts.of(cohort, shown));
    }

    /** The average of the pairings' fit percentages, each on its layer's scale; 0 for none. */
    private static int averageFit(List<ProposalView> pairings) {
        return (int) Math.round(pairings.stream().mapToInt(ProposalView::fitPercent).average().orElse(0));
    }

    /** The cohort's counts, from two grouped queries; nothing is loaded. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ProposalCounts counts(long cohortId) {
        Map<ProposalState, long[]> perState = new EnumMap<>(ProposalState.class);
        for (Object[] row : proposals.countPerState(cohortId)) {
            perState.put((ProposalState) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        long[] proposed = perState.getOrDefault(ProposalState.PROPOSED, new long[2]);
        long[] accepted = perState.getOrDefault(ProposalState.ACCEPTED, new long[2]);
        long[] declined = perState.getOrDefault(ProposalState.DECLINED, new long[2]);
        long matched = proposed[0] + accepted[0];
        // with peer mentoring every resident is to be matched twice, once in each layer
        long toMatch = roster.residentCount(cohortId) * (cohorts.find(cohortId).isPeerMentoring() ? 2 : 1);
        return new ProposalCounts(matched, toMatch - matched, proposed[0] - proposed[1],
                proposed[1], accepted[0], declined[0]);
    }
}
