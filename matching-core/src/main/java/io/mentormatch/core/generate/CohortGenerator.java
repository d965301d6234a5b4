package io.mentormatch.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;

/**
 * Realistic cohorts for tests and benchmarks, the same for the same seed: a hospital-wide specialty mix where
 * residents aim at subspecialties, a few very popular mentors, total capacity just above or below the number of
 * residents, availability in the blocks clinicians really have (early mornings, lunches, evenings), interests of
 * Zipf-like popularity, and a sprinkling of conflicts, avoided mentors, declines, pins and last year's pairs.
 */
public final class CohortGenerator {

    /** The share of mentors who take no mentees this year, unless asked otherwise. */
    public static final double DEFAULT_NOT_ACCEPTING = 0.02;

    private final long seed;
    private final boolean edgeCases;
    private final int rareTopics;

    public CohortGenerator(long seed) {
        this(seed, false, 0);
    }

    private CohortGenerator(long seed, boolean edgeCases, int rareTopics) {
        this.seed = seed;
        this.edgeCases = edgeCases;
        this.rareTopics = rareTopics;
    }

    /**
     * The same generator, but its cohorts also hold what a real cohort rarely does, for property tests: random
     * weights, the same-specialty rule, continuity, mentors with no seats or not accepting, blank specialties,
     * empty forms, many bans and repeat pairs, and pins only on compatible pairs. Any size works, down to none.
     */
    public CohortGenerator withEdgeCases() {
        return new CohortGenerator(seed, true, rareTopics);
    }

    /**
     * The same generator, but interests read as people type them into a free-text box: common ones in varying
     * case and under their abbreviations, and a long tail of {@code rareTopics} topics where the n-th is drawn
     * about 1/n as often; the interest index of the recommendations is built for such a vocabulary.
     */
    public CohortGenerator withTypedInterests(int rareTopics) {
        if (rareTopics < 1) {
            throw new IllegalArgumentException("rareTopics must be at least 1: " + rareTopics);
        }
        return new CohortGenerator(seed, edgeCases, rareTopics);
    }

    /** A cohort of this size with the default weights, offering 97% to 105% as many seats as residents. */
    public Cohort generate(int residentCount, int mentorCount) {
        Random random = new Random(seed);
        return finish(random, new CohortDraw(random, residentCount, mentorCount, 0.97 + 0.08 * random.nextDouble(),
                rareTopics, DEFAULT_NOT_ACCEPTING).cohort());
    }

    /** @param seatsPerResident total mentor capacity over the number of residents, e.g. 0.98 for a shortage */
    public Cohort generate(int residentCount, int mentorCount, double seatsPerResident) {
        return generate(residentCount, mentorCount, seatsPerResident, DEFAULT_NOT_ACCEPTING);
    }

    /**
     * @param seatsPerResident  total mentor capacity (accepting or not) over the number of residents
     * @param notAcceptingShare the chance that a mentor takes no mentees this year (default 0.02)
     */
    public Cohort generate(int residentCount, int mentorCount, double seatsPerResident, double notAcceptingShare) {
        Random random = new Random(seed);
        return finish(random, new CohortDraw(random, residentCount, mentorCount, seatsPerResident, rareTopics,
                notAcceptingShare).cohort());
    }

    /**
     * Mentors of a cohort this generator made, each with a freshly drawn profile (specialty, interests,
     * availability, seats, preferred residents) under the id of a mentor picked at random: profile edits to
     * replay. They come from a stream of their own, so asking for them leaves the cohort as it was.
     */
    public List<Mentor> mentorEdits(Cohort cohort, int count) {
        int mentorCount = cohort.mentors().size();
        if (mentorCount == 0) {
            throw new IllegalArgumentException("a cohort without mentors has no mentor to edit");
        }
        Random random = new Random(~seed);
        CohortDraw run = new CohortDraw(random, cohort.residents().size(), mentorCount, 1.0, rareTopics, DEFAULT_NOT_ACCEPTING);
        List<Mentor> edits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Mentor edit = run.redrawnMentor(random.nextInt(mentorCount));
            edits.add(edgeCases ? EdgeCases.mentor(random, edit, cohort.residents().size()) : edit);
        }
        return edits;
    }

    private Cohort finish(Random random, Cohort realistic) {
        return edgeCases ? EdgeCases.of(random, realistic) : realistic;
    }
}
