package io.mentormatch.core.cohort;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cohort file (format version 1) exactly as written, before validation: every field may be missing.
 * {@link CohortValidator} turns it into a {@link Cohort}; {@link #from(Cohort)} turns a cohort back into it.
 */
public record CohortDocument(Integer formatVersion, CohortSection cohort, WeightsSection weights,
                             List<MentorEntry> mentors, List<ResidentEntry> residents,
                             List<BanEntry> conflicts, List<BanEntry> declined,
                             List<PairEntry> pinned, List<PairEntry> previousPairs,
                             @JsonInclude(JsonInclude.Include.NON_NULL) PeerMentoringSection peerMentoring) {

    public static final int FORMAT_VERSION = 1;

    /** A file without peer mentoring, as every file was before it existed. */
    public CohortDocument(Integer formatVersion, CohortSection cohort, WeightsSection weights,
                          List<MentorEntry> mentors, List<ResidentEntry> residents,
                          List<BanEntry> conflicts, List<BanEntry> declined,
                          List<PairEntry> pinned, List<PairEntry> previousPairs) {
        this(formatVersion, cohort, weights, mentors, residents, conflicts, declined, pinned, previousPairs, null);
    }

    /** Present turns the peer-mentor layer on; {@code weights} left out (or any of them) take the peer defaults. */
    public record PeerMentoringSection(WeightsSection weights) {
    }

    /** @param familySize absent for one-to-one mentoring; version 1 files without it stay valid */
    public record CohortSection(String id, String name, Boolean requireSameSpecialty, Boolean preferContinuity,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Integer familySize) {

        public CohortSection(String id, String name, Boolean requireSameSpecialty, Boolean preferContinuity) {
            this(id, name, requireSameSpecialty, preferContinuity, null);
        }
    }

    public record WeightsSection(Integer specialty, Integer interests, Integer availability, Integer residentRank,
                                 Integer mentorPreference, Integer loadBalance, Integer repeatPair) {
    }

    public record MentorEntry(String id, String name, String kind, String specialty, List<String> interests,
                              List<String> availability, Integer capacity, Boolean accepting,
                              List<String> preferredResidents) {
    }

    public record ResidentEntry(String id, String name, String specialty, String careerGoal, List<String> interests,
                                List<String> availability, List<String> ranking, List<String> avoid,
                                Boolean openToOtherSpecialties) {
    }

    public record BanEntry(String resident, String mentor, String reason) {
    }

    public record PairEntry(String resident, String mentor) {
    }

    public static CohortDocument from(Cohort cohort) {
        CohortInfo info = cohort.info();
        Weights w = cohort.weights();
        return new CohortDocument(FORMAT_VERSION,
                new CohortSection(info.id(), info.name(), info.requireSameSpecialty(), info.preferContinuity(),
                        info.familySize()),
                section(w),
                cohort.mentors().stream().map(CohortDocument::entry).toList(),
                cohort.residents().stream().map(CohortDocument::entry).toList(),
                cohort.conflicts().stream().map(CohortDocument::entry).toList(),
                cohort.declined().stream().map(CohortDocument::entry).toList(),
                cohort.pinned().stream().map(CohortDocument::entry).toList(),
                cohort.previousPairs().stream().map(CohortDocument::entry).toList(),
                cohort.peerMentoring() == null ? null
                        : new PeerMentoringSection(section(cohort.peerMentoring().weights())));
    }

    public static WeightsSection section(Weights w) {
        return new WeightsSection(w.specialty(), w.interests(), w.availability(), w.residentRank(),
                w.mentorPreference(), w.loadBalance(), w.repeatPair());
    }

    private static MentorEntry entry(Mentor m) {
        return new MentorEntry(m.id().value(), m.name(), m.kind().name(), m.specialty(), m.interests(),
                m.availability().slots(), m.capacity(), m.accepting(),
                m.preferredResidents().stream().map(ResidentId::value).toList());
    }

    private static ResidentEntry entry(Resident r) {
        return new ResidentEntry(r.id().value(), r.name(), r.specialty(), r.careerGoal(), r.interests(),
                r.availability().slots(), r.ranking().stream().map(MentorId::value).toList(),
                r.avoid().stream().map(MentorId::value).sorted().toList(), r.openToOtherSpecialties());
    }

    private static BanEntry entry(PairBan ban) {
        return new BanEntry(ban.resident().value(), ban.mentor().value(), ban.reason());
    }

    private static PairEntry entry(Pair pair) {
        return new PairEntry(pair.resident().value(), pair.mentor().value());
    }
}
