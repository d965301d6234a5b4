package io.mentormatch.api.mentor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.mentormatch.api.recommend.RecommendationIndexes;
import io.mentormatch.api.roster.Roster;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.recommend.RecommendOptions;
import io.mentormatch.core.recommend.RecommendationIndex;

/**
 * The two recommendation directions around a mentor: the residents who would fit them ("residents who would fit
 * you", to choose preferred residents from) and the mentors like them (alternatives offered on a resident's form).
 * Both come from the cohort's cached index, which ranks by the matching's own pair score.
 */
@Service
public class MentorSuggestions {

    public static final int MAX_SUGGESTIONS = 20;

    private final RecommendationIndexes indexes;
    private final Roster roster;

    MentorSuggestions(RecommendationIndexes indexes, Roster roster) {
        this.indexes = indexes;
        this.roster = roster;
    }

    /**
     * At most {@code limit} residents who saved their form and whom the mentor may be given (conflicts, declines
     * and avoid lists respected), best first; the reasons never show a resident's ranking.
     *
     * @throws MentorNotFound for a mentor not in the cohort
     */
    @PreAuthorize("@access.canActForMentor(#cohortId, #mentor.value())")
    public List<SuggestedResident> residentsFor(long cohortId, MentorId mentor, int limit) {
        RecommendationIndex index = existing(cohortId, mentor);
        Set<String> submitted = new HashSet<>(roster.residentCodesWithSavedForm(cohortId));
        return index.recommendResidents(mentor, clamp(limit), RecommendOptions.DEFAULT,
                        resident -> submitted.contains(resident.value())).stream()
                .map(r -> new SuggestedResident(r.resident().value(), r.name(), r.specialty(), r.pairScore(),
                        r.reasons()))
                .toList();
    }

    /**
     * At most {@code limit} other mentors who take mentees and have a place left, most alike first.
     *
     * @throws MentorNotFound for a mentor not in the cohort
     */
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<SimilarMentorView> similarTo(long cohortId, MentorId mentor, int limit) {
        return existing(cohortId, mentor).similarMentors(mentor, clamp(limit), RecommendOptions.DEFAULT.skippingFullMentors())
                .stream()
                .map(m -> new SimilarMentorView(m.mentor().value(), m.name(), m.specialty(), m.similarity(),
                        m.freeCapacity(), m.reasons()))
                .toList();
    }

    private RecommendationIndex existing(long cohortId, MentorId mentor) {
        RecommendationIndex index = indexes.of(cohortId);
        if (!index.hasMentor(mentor)) {
            throw new MentorNotFound(cohortId, mentor);
        }
        return index;
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_SUGGESTIONS));
    }
}
