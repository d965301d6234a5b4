package io.mentormatch.api.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.mentormatch.core.cohort.Weights;

/** The seven soft-rule weights, each 0 (ignore) to 10, as the API reads and writes them. */
public record WeightSettings(
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer specialty,
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer interests,
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer availability,
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer residentRank,
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer mentorPreference,
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer loadBalance,
        @NotNull @Min(Weights.MIN) @Max(Weights.MAX) Integer repeatPair) {

    public static WeightSettings of(Weights w) {
        return new WeightSettings(w.specialty(), w.interests(), w.availability(), w.residentRank(),
                w.mentorPreference(), w.loadBalance(), w.repeatPair());
    }

    public Weights toWeights() {
        return new Weights(specialty, interests, availability, residentRank, mentorPreference, loadBalance, repeatPair);
    }
}
