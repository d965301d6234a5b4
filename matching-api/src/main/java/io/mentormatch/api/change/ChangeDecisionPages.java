package io.mentormatch.api.change;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.change.internal.ChangeRequestEntity;
import io.mentormatch.api.change.internal.ChangeRequestRepository;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.proposal.CandidateFilter;
import io.mentormatch.api.proposal.CandidateMentors;
import io.mentormatch.api.proposal.ProposalEntity;
import io.mentormatch.api.proposal.ProposalRepository;
import io.mentormatch.api.publication.PairingNotFound;
import io.mentormatch.api.roster.MentorView;
import io.mentormatch.api.roster.ResidentView;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.Layer;

/** The director's decision page for one change request, in one read-only query ({@link ChangeDecisionPage}). */
@Service
public class ChangeDecisionPages {

    private final ChangeRequestRepository requests;
    private final ChangeRequestViews views;
    private final ChangeDecisions decisions;
    private final CandidateMentors candidates;
    private final ProposalRepository proposals;
    private final Roster roster;
    private final CohortService cohorts;

    ChangeDecisionPages(ChangeRequestRepository requests, ChangeRequestViews views, ChangeDecisions decisions,
                        CandidateMentors candidates, ProposalRepository proposals, Roster roster, CohortService cohorts) {
        this.requests = requests;
        this.views = views;
        this.decisions = decisions;
        this.candidates = candidates;
        this.proposals = proposals;
        this.roster = roster;
        this.cohorts = cohorts;
    }

    /**
     * The request, its reason and the mentors the director may choose (never the one being left); a decided request
     * shows no candidates. 404 when the cohort has no such request.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ChangeDecisionPage page(long cohortId, long requestId, CandidateFilter filter) {
        ChangeRequestEntity request = requests.findByIdAndCohortId(requestId, cohortId)
                .orElseThrow(() -> new ChangeRequestNotFound(cohortId, requestId));
        ChangeRequestView view = views.view(request);
        ProposalEntity pairing = proposals.findById(request.getPairingId()).orElseThrow();
        if (request.getStatus() != ChangeRequestStatus.OPEN) {
            return new ChangeDecisionPage(view, null, List.of());
        }
        if (!pairing.isLive()) {
            throw new PairingNotFound(cohortId, "pairing " + pairing.getId());
        }
        Layer layer = decisions.layerOf(cohortId, pairing);
        return new ChangeDecisionPage(view, candidates.candidates(cohortId, pairing.getResidentId(),
                view.residentName(), layer, Set.of(pairing.getMentorId()), filter), others(cohortId, pairing, layer));
    }

    /** The other residents whose current pairing is in the same layer, by name, with their mentors. */
    private List<ChangeDecisionPage.OtherResident> others(long cohortId, ProposalEntity pairing, Layer layer) {
        Map<Long, ResidentView> residentRows = byId(roster.residentsOf(cohortId), ResidentView::id);
        Map<Long, MentorView> mentorRows = byId(roster.mentorsOf(cohortId), MentorView::id);
        var cohort = cohorts.find(cohortId);
        return proposals.findLive(cohortId).stream()
                .filter(p -> !p.getResidentId().equals(pairing.getResidentId()))
                .filter(p -> cohort.layerOf(mentorRows.get(p.getMentorId()).kind()) == layer)
                .map(p -> new ChangeDecisionPage.OtherResident(residentRows.get(p.getResidentId()).code(),
                        residentRows.get(p.getResidentId()).name(), mentorRows.get(p.getMentorId()).name()))
                .sorted(Comparator.comparing(ChangeDecisionPage.OtherResident::residentName))
                .toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
