package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.List;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.Weights;

/** Builds cohorts for tests, with the project's default weights unless told. */
final class Cohorts {

    private final List<Mentor> mentors = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final List<PairBan> conflicts = new ArrayList<>();
    private final List<PairBan> declined = new ArrayList<>();
    private final List<Pair> previous = new ArrayList<>();
    private Weights weights = Weights.DEFAULT;
    private boolean requireSameSpecialty;

    static Cohorts aCohort() {
        return new Cohorts();
    }

    Cohorts with(Mentors... builders) {
        for (Mentors builder : builders) {
            mentors.add(builder.build());
        }
        return this;
    }

    Cohorts with(Residents... builders) {
        for (Residents builder : builders) {
            residents.add(builder.build());
        }
        return this;
    }

    Cohorts weights(Weights value) {
        weights = value;
        return this;
    }

    Cohorts requiringSameSpecialty() {
        requireSameSpecialty = true;
        return this;
    }

    Cohorts conflict(String resident, String mentor) {
        conflicts.add(new PairBan(ResidentId.of(resident), MentorId.of(mentor), "direct supervisor"));
        return this;
    }

    Cohorts declined(String resident, String mentor) {
        declined.add(new PairBan(ResidentId.of(resident), MentorId.of(mentor), "no time"));
        return this;
    }

    Cohorts previousPair(String resident, String mentor) {
        previous.add(new Pair(ResidentId.of(resident), MentorId.of(mentor)));
        return this;
    }

    Cohort build() {
        return new Cohort(new CohortInfo("TEST", "Test cohort", requireSameSpecialty, false), weights, mentors,
                residents, conflicts, declined, List.of(), previous);
    }
}
