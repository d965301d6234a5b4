package io.mentormatch.api.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import io.mentormatch.core.cohort.Weights;

/** The cohort's soft-rule weights as stored; {@link Weights} is the value the solver reads. */
@Embeddable
public class CohortWeights {

    @Column(name = "weight_specialty", nullable = false)
    private int specialty;
    @Column(name = "weight_interests", nullable = false)
    private int interests;
    @Column(name = "weight_availability", nullable = false)
    private int availability;
    @Column(name = "weight_resident_rank", nullable = false)
    private int residentRank;
    @Column(name = "weight_mentor_preference", nullable = false)
    private int mentorPreference;
    @Column(name = "weight_load_balance", nullable = false)
    private int loadBalance;
    @Column(name = "weight_repeat_pair", nullable = false)
    private int repeatPair;

    protected CohortWeights() {
    }

    public static CohortWeights of(Weights w) {
        CohortWeights columns = new CohortWeights();
        columns.specialty = w.specialty();
        columns.interests = w.interests();
        columns.availability = w.availability();
        columns.residentRank = w.residentRank();
        columns.mentorPreference = w.mentorPreference();
        columns.loadBalance = w.loadBalance();
        columns.repeatPair = w.repeatPair();
        return columns;
    }

    public Weights toWeights() {
        return new Weights(specialty, interests, availability, residentRank, mentorPreference, loadBalance, repeatPair);
    }
}
