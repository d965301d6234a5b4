package io.mentormatch.web.cohort;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import io.mentormatch.api.cohort.CohortSettings;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.WeightSettings;
import io.mentormatch.core.cohort.Weights;

/**
 * The settings form as the browser posts it (flat fields, a local date-time); the rules live on
 * {@link CohortSettings}, which this turns into. The peer-mentor layer's weights are {@code peerSpecialty} …
 * {@code peerRepeatPair} ({@link Weight#peerField}); a post without any of them keeps the stored ones.
 */
public record SettingsForm(@NotNull Long version, String name, String academicYear,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime preferenceDeadline,
                    Integer responseWindowDays, Integer maxRankedMentors, Integer maxPreferredResidents,
                    boolean requireSameSpecialty, boolean preferContinuity,
                    Integer specialty, Integer interests, Integer availability, Integer residentRank,
                    Integer mentorPreference, Integer loadBalance, Integer repeatPair, Integer familySize,
                    boolean peerMentoring, Integer peerSpecialty, Integer peerInterests, Integer peerAvailability,
                    Integer peerResidentRank, Integer peerMentorPreference, Integer peerLoadBalance,
                    Integer peerRepeatPair, Boolean reproposeDeclines) {

    static SettingsForm of(CohortView c, ZoneId zone) {
        WeightSettings w = c.weights();
        return new SettingsForm(c.version(), c.name(), c.academicYear(),
                c.preferenceDeadline() == null ? null : LocalDateTime.ofInstant(c.preferenceDeadline(), zone),
                c.responseWindowDays(), c.maxRankedMentors(), c.maxPreferredResidents(), c.requireSameSpecialty(), c.preferContinuity(),
                w.specialty(), w.interests(), w.availability(), w.residentRank(), w.mentorPreference(),
                w.loadBalance(), w.repeatPair(), c.familySize(), c.peerMentoring(),
                c.peerWeights().specialty(), c.peerWeights().interests(), c.peerWeights().availability(),
                c.peerWeights().residentRank(), c.peerWeights().mentorPreference(), c.peerWeights().loadBalance(),
                c.peerWeights().repeatPair(), c.reproposeDeclines());
    }

    CohortSettings toSettings(ZoneId zone) {
        return new CohortSettings(version, name, academicYear,
                preferenceDeadline == null ? null : preferenceDeadline.atZone(zone).toInstant(),
                responseWindowDays, maxRankedMentors, maxPreferredResidents, requireSameSpecialty, preferContinuity,
                new WeightSettings(specialty, interests, availability, residentRank, mentorPreference, loadBalance, repeatPair),
                familySize, peerMentoring, peerWeights(), reproposeDeclines);
    }

    /** None posted keeps the stored peer weights; a missing one among others takes its default, as in the cohort file. */
    private WeightSettings peerWeights() {
        List<Integer> peer = Arrays.asList(peerSpecialty, peerInterests, peerAvailability, peerResidentRank,
                peerMentorPreference, peerLoadBalance, peerRepeatPair);
        if (peer.stream().allMatch(Objects::isNull)) {
            return null;
        }
        Weights d = Weights.PEER_DEFAULT;
        return new WeightSettings(or(peerSpecialty, d.specialty()), or(peerInterests, d.interests()),
                or(peerAvailability, d.availability()), or(peerResidentRank, d.residentRank()),
                or(peerMentorPreference, d.mentorPreference()), or(peerLoadBalance, d.loadBalance()),
                or(peerRepeatPair, d.repeatPair()));
    }

    private static Integer or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** A peer-layer weight by the field name of the primary weight it mirrors, e.g. {@code specialty}. */
    public Integer peerWeight(String field) {
        return switch (field) {
            case "specialty" -> peerSpecialty;
            case "interests" -> peerInterests;
            case "availability" -> peerAvailability;
            case "residentRank" -> peerResidentRank;
            case "mentorPreference" -> peerMentorPreference;
            case "loadBalance" -> peerLoadBalance;
            case "repeatPair" -> peerRepeatPair;
            default -> throw new IllegalArgumentException("no weight " + field);
        };
    }

    public Integer weight(String field) {
        return switch (field) {
            case "specialty" -> specialty;
            case "interests" -> interests;
            case "availability" -> availability;
            case "residentRank" -> residentRank;
            case "mentorPreference" -> mentorPreference;
            case "loadBalance" -> loadBalance;
            case "repeatPair" -> repeatPair;
            default -> throw new IllegalArgumentException("no weight " + field);
        };
    }
}
