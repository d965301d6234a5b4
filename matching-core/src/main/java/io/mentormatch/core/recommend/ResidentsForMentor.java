package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.HardRules;
import io.mentormatch.core.scoring.InterestIndex;
import io.mentormatch.core.scoring.InterestProfile;
import io.mentormatch.core.scoring.PairScore;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.PairTerms;
import io.mentormatch.core.scoring.ScoreTerm;
import io.mentormatch.core.scoring.SpecialtyMatch;
import io.mentormatch.core.scoring.SpecialtyMatches;
import io.mentormatch.core.util.TopK;

/**
 * The mentor's side of a {@link RecommendationIndex}: the residents of the cohort who fit one mentor best, by the
 * same pair score, with reasons the mentor may read. The residents never change in an index; the mentor is passed
 * in as the index holds it now.
 */
final class ResidentsForMentor {

    private final PairScorer scorer;
    private final CohortInfo info;
    private final PairTerms terms;
    private final PairExplainer explainer;
    private final ProfileSimilarity similarity;
    private final SpecialtyMatches specialtyMatches;
    private final InterestIndex interests;
    private final Resident[] residents;
    private final InterestProfiles residentInterests;

    ResidentsForMentor(PairScorer scorer, PairTerms terms, PairExplainer explainer, ProfileSimilarity similarity,
                       InterestIndex interests, Resident[] residents, InterestProfiles residentInterests) {
        this.scorer = scorer;
        this.info = scorer.cohort().info();
        this.terms = terms;
        this.explainer = explainer;
        this.similarity = similarity;
        this.specialtyMatches = scorer.specialtyMatches();
        this.interests = interests;
        this.residents = residents;
        this.residentInterests = residentInterests;
    }

    List<ResidentRecommendation> recommend(Mentor mentor, int m, int k, RecommendOptions options,
                                           Predicate<ResidentId> among) {
        InterestProfile mentorProfile = interests.profile(mentor.interests());
        int specialty = specialtyMatches.specialtyId(mentor.specialty());
        int[] preferred = mentor.preferredResidents().stream()
                .mapToInt(id -> scorer.findResident(id).orElse(-1)).toArray();
        TopK top = new TopK(options.diversity().poolSize(k));
        for (int r = 0; r < residents.length; r++) {
            Resident resident = residents[r];
            if (among.test(resident.id())
                    && HardRules.allows(resident, mentor, scorer.ban(r, m).isPresent(), info.requireSameSpecialty())) {
                top.offer(RankKeys.key(terms.total(
                        SpecialtyMatches.match(specialtyMatches.row(resident), specialty),
                        residentInterests.get(r).cosine(mentorProfile),
                        resident.availability().commonHours(mentor.availability()),
                        resident.rankOf(mentor.id()), Seeker.position(preferred, r), scorer.previousPair(r, m)),
                        0, r));
            }
        }
        int[] slots = RankKeys.diversify(top.sorted(), k, options.diversity(), terms.maxPossibleScore(), (a, b) -> similarity.between(
                residents[a].specialty(), residentInterests.get(a), residents[b].specialty(), residentInterests.get(b)));
        List<ResidentRecommendation> list = new ArrayList<>(slots.length);
        for (int r : slots) {
            Resident resident = residents[r];
            SpecialtyMatch match = SpecialtyMatches.match(specialtyMatches.row(resident), specialty);
            InterestProfile residentProfile = residentInterests.get(r);
            PairScore breakdown = terms.breakdown(match, residentProfile.cosine(mentorProfile),
                    residentProfile.shared(mentorProfile),
                    resident.availability().commonHours(mentor.availability()), resident.rankOf(mentor.id()),
                    Seeker.position(preferred, r), scorer.previousPair(r, m));
            list.add(new ResidentRecommendation(resident.id(), resident.name(), resident.specialty(),
                    breakdown.total(), breakdown, mentorFacingReasons(resident, mentor, breakdown)));
        }
        return list;
    }

    /**
     * Why a resident fits a mentor, in the mentor's words: the profile terms and last year's pair, never the
     * resident's ranking, which stays theirs.
     */
    private List<String> mentorFacingReasons(Resident resident, Mentor mentor, PairScore breakdown) {
        return Stream.of(ScoreTerm.SPECIALTY, ScoreTerm.INTERESTS, ScoreTerm.AVAILABILITY, ScoreTerm.REPEAT_PAIR)
                .map(term -> explainer.reason(term, resident, mentor, breakdown, Audience.MENTOR)).flatMap(Optional::stream).toList();
    }
}
