package io.mentormatch.api.cohort;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.mentormatch.core.cohort.Layer;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Weights;

/** One cohort of one program and academic year, with its settings and lifecycle state. */
@Entity
@Table(name = "cohort")
public class CohortEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false)
    private Long programId;

    /** The id of the cohort file, e.g. IM-2027; unique within the program. */
    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "academic_year", nullable = false)
    private String academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CohortState state = CohortState.DRAFT;

    @Column(name = "preference_deadline")
    private Instant preferenceDeadline;

    /** When the preference forms closed; null while they are open (or for cohorts closed before it was kept). */
    @Column(name = "preferences_closed_at")
    private Instant preferencesClosedAt;

    @Column(name = "response_window_days", nullable = false)
    private int responseWindowDays;

    @Column(name = "max_ranked_mentors", nullable = false)
    private int maxRankedMentors;

    @Column(name = "max_preferred_residents", nullable = false)
    private int maxPreferredResidents = CohortDefaults.MAX_PREFERRED;

    @Column(name = "require_same_specialty", nullable = false)
    private boolean requireSameSpecialty;

    @Column(name = "prefer_continuity", nullable = false)
    private boolean preferContinuity;

    @Column(name = "family_size")
    private Integer familySize;

    @Column(name = "previous_cohort_id")
    private Long previousCohortId;

    @Embedded
    private CohortWeights weights;

    @Column(name = "peer_mentoring", nullable = false)
    private boolean peerMentoring;

    @Embedded
    @AttributeOverride(name = "specialty", column = @Column(name = "peer_weight_specialty", nullable = false))
    @AttributeOverride(name = "interests", column = @Column(name = "peer_weight_interests", nullable = false))
    @AttributeOverride(name = "availability", column = @Column(name = "peer_weight_availability", nullable = false))
    @AttributeOverride(name = "residentRank", column = @Column(name = "peer_weight_resident_rank", nullable = false))
    @AttributeOverride(name = "mentorPreference", column = @Column(name = "peer_weight_mentor_preference", nullable = false))
    @AttributeOverride(name = "loadBalance", column = @Column(name = "peer_weight_load_balance", nullable = false))
    @AttributeOverride(name = "repeatPair", column = @Column(name = "peer_weight_repeat_pair", nullable = false))
    private CohortWeights peerWeights;

    /** Whether a mentor's decline re-proposes the resident at once; off, the re-match is a draft the director reviews. */
    @Column(name = "repropose_declines", nullable = false)
    private boolean reproposeDeclines;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CohortEntity() {
    }

    public CohortEntity(Long programId, String code, Instant createdAt) {
        this.programId = programId;
        this.code = code;
        this.createdAt = createdAt;
        this.weights = CohortWeights.of(Weights.DEFAULT);
        this.peerWeights = CohortWeights.of(Weights.PEER_DEFAULT);
    }

    public Long getId() {
        return id;
    }

    public Long getProgramId() {
        return programId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public CohortState getState() {
        return state;
    }

    public void setState(CohortState state) {
        this.state = state;
    }

    public Instant getPreferenceDeadline() {
        return preferenceDeadline;
    }

    public void setPreferenceDeadline(Instant preferenceDeadline) {
        this.preferenceDeadline = preferenceDeadline;
    }

    public Instant getPreferencesClosedAt() {
        return preferencesClosedAt;
    }

    void closePreferences(Instant at) {
        this.preferencesClosedAt = at;
    }

    public int getResponseWindowDays() {
        return responseWindowDays;
    }

    public void setResponseWindowDays(int responseWindowDays) {
        this.responseWindowDays = responseWindowDays;
    }

    public int getMaxPreferredResidents() {
        return maxPreferredResidents;
    }

    public void setMaxPreferredResidents(int maxPreferredResidents) {
        this.maxPreferredResidents = maxPreferredResidents;
    }

    public int getMaxRankedMentors() {
        return maxRankedMentors;
    }

    public void setMaxRankedMentors(int maxRankedMentors) {
        this.maxRankedMentors = maxRankedMentors;
    }

    public boolean isRequireSameSpecialty() {
        return requireSameSpecialty;
    }

    public void setRequireSameSpecialty(boolean requireSameSpecialty) {
        this.requireSameSpecialty = requireSameSpecialty;
    }

    public boolean isPreferContinuity() {
        return preferContinuity;
    }

    public void setPreferContinuity(boolean preferContinuity) {
        this.preferContinuity = preferContinuity;
    }

    /** Mentoring families of at most this many residents per faculty mentor; null for one-to-one mentoring. */
    public Integer getFamilySize() {
        return familySize;
    }

    public void setFamilySize(Integer familySize) {
        this.familySize = familySize;
    }

    /** The cohort of the year before, when this one was created from it; null otherwise. */
    public Long getPreviousCohortId() {
        return previousCohortId;
    }

    public void setPreviousCohortId(Long previousCohortId) {
        this.previousCohortId = previousCohortId;
    }

    public Weights getWeights() {
        return weights.toWeights();
    }

    public void setWeights(Weights weights) {
        this.weights = CohortWeights.of(weights);
    }

    /** Whether every resident also gets a senior-resident peer mentor ({@link Layer}). */
    public boolean isPeerMentoring() {
        return peerMentoring;
    }

    public void setPeerMentoring(boolean peerMentoring) {
        this.peerMentoring = peerMentoring;
    }

    /** The peer layer's weights, kept while the layer is off. */
    public Weights getPeerWeights() {
        return peerWeights.toWeights();
    }

    public void setPeerWeights(Weights peerWeights) {
        this.peerWeights = CohortWeights.of(peerWeights);
    }

    /** The layer a mentor of this kind serves in, in this cohort: the one rule, {@link Layer#of}. */
    public Layer layerOf(MentorKind kind) {
        return Layer.of(peerMentoring, kind);
    }

    public boolean isReproposeDeclines() {
        return reproposeDeclines;
    }

    public void setReproposeDeclines(boolean reproposeDeclines) {
        this.reproposeDeclines = reproposeDeclines;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
