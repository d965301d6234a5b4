package io.mentormatch.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.SameSpecialty;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;

/**
 * The single source of pair affinity: which pairs the hard rules allow, and each allowed pair's soft score as
 * the sum of its weighted terms. The solvers, the recommendations and the explanations all read it.
 * <p>
 * Residents and mentors are addressed by their index in the cohort's lists, so that scoring a pair allocates
 * nothing: the large solvers score hundreds of millions of pairs.
 */
public final class PairScorer {

    private static final SpecialtyMatch[] SPECIALTY_MATCHES = SpecialtyMatch.values();

    private final Cohort cohort;
    private final Weights weights;
    private final Map<ResidentId, Integer> residentIndex;
    private final Map<MentorId, Integer> mentorIndex;
    final InterestProfile[] residentInterests;
    final InterestProfile[] mentorInterests;
    private final SpecialtyMatches specialtyMatches;
    final int[] mentorSpecialty;
    final byte[][] specialtyMatch;
    final int[][] ranking;
    final int[][] preferredBy;
    final int[][] previousMentors;
    final PairBans bans;
    private final int[] pinnedMentor;
    final PairTerms terms;
    // Flat copies of what score() and compatible() read, so that the hundreds of millions of calls of a large
    // cohort touch primitive arrays only; breakdown() keeps computing from the records. Every table is filled
    // from PairTerms, the one place of the term arithmetic.
    final int[] specialtyPoints;
    final int[] availabilityPoints;
    private final int[] mentorCapacity;
    final boolean[] mentorTakesMentees;
    final boolean requireSameSpecialty;
    final long[] residentHours;
    final long[] mentorHours;
    final int[] rankPoints;
    final int[] preferencePoints;
    private volatile ResidentScoreRow.MentorTables mentorTables;

    private PairScorer(Cohort cohort) {
        this.cohort = cohort;
        this.weights = cohort.weights();
        this.terms = PairTerms.of(cohort);
        residentIndex = new HashMap<>();
        mentorIndex = new HashMap<>();
        specialtyMatches = new SpecialtyMatches();
        specialtyPoints = new int[SPECIALTY_MATCHES.length];
        availabilityPoints = new int[PairTerms.HOURS_FOR_FULL_AVAILABILITY + 1];
        List<Resident> residents = cohort.residents();
        List<Mentor> mentors = cohort.mentors();
        for (int r = 0; r < residents.size(); r++) {
            residentIndex.put(residents.get(r).id(), r);
        }
        for (int m = 0; m < mentors.size(); m++) {
            mentorIndex.put(mentors.get(m).id(), m);
        }
        InterestIndex interests = InterestIndex.of(Stream.concat(
                mentors.stream().map(Mentor::interests), residents.stream().map(Resident::interests)).toList());
        residentInterests = residents.stream().map(r -> interests.profile(r.interests())).toArray(InterestProfile[]::new);
        mentorInterests = mentors.stream().map(m -> interests.profile(m.interests())).toArray(InterestProfile[]::new);

        mentorSpecialty = mentors.stream().mapToInt(m -> specialtyMatches.specialtyId(m.specialty())).toArray();
        specialtyMatch = new byte[residents.size()][];
        ranking = new int[residents.size()][];
        previousMentors = new int[residents.size()][];
        pinnedMentor = new int[residents.size()];
        Arrays.fill(pinnedMentor, -1);
        for (int r = 0; r < residents.size(); r++) {
            Resident resident = residents.get(r);
            specialtyMatch[r] = specialtyMatches.row(resident);
            ranking[r] = resident.ranking().stream().mapToInt(this::mentorIndex).toArray();
        }
        preferredBy = mentors.stream()
                .map(m -> m.preferredResidents().stream().mapToInt(this::residentIndex).toArray())
                .toArray(int[][]::new);
        List<List<Integer>> previous = perResident(cohort.previousPairs().stream().map(Pair::mentor).toList(),
                cohort.previousPairs().stream().map(Pair::resident).toList());
        for (int r = 0; r < residents.size(); r++) {
            previousMentors[r] = previous.get(r).stream().mapToInt(Integer::intValue).toArray();
        }
        cohort.pinned().forEach(p -> pinnedMentor[residentIndex(p.resident())] = mentorIndex(p.mentor()));
        bans = PairBans.of(cohort, this::residentIndex, this::mentorIndex);
        for (SpecialtyMatch match : SPECIALTY_MATCHES) {
            specialtyPoints[match.ordinal()] = terms.specialty(match);
        }
        for (int hours = 0; hours <= PairTerms.HOURS_FOR_FULL_AVAILABILITY; hours++) {
            availabilityPoints[hours] = terms.availability(hours);
        }
        mentorCapacity = mentors.stream().mapToInt(cohort.info()::seatsOf).toArray();
        mentorTakesMentees = new boolean[mentors.size()];
        for (int m = 0; m < mentors.size(); m++) {
            mentorTakesMentees[m] = HardRules.takesMentees(mentors.get(m));
        }
        requireSameSpecialty = cohort.info().requireSameSpecialty();
        residentHours = hourBits(residents.stream().map(Resident::availability).toList());
        mentorHours = hourBits(mentors.stream().map(Mentor::availability).toList());
        rankPoints = positionPoints(terms::residentRank,
                Arrays.stream(ranking).mapToInt(list -> list.length).max().orElse(0));
        preferencePoints = positionPoints(terms::mentorPreference,
                Arrays.stream(preferredBy).mapToInt(list -> list.length).max().orElse(0));
    }

    /** A copy of {@code base} in which resident r ranks these mentors instead: every other table is shared. */
    private PairScorer(PairScorer base, int r, List<MentorId> newRanking) {
        List<Resident> residents = new ArrayList<>(base.cohort.residents());
        Resident truth = residents.get(r);
        residents.set(r, new Resident(truth.id(), truth.name(), truth.specialty(), truth.careerGoal(),
                truth.interests(), truth.availability(), newRanking, truth.avoid(), truth.openToOtherSpecialties()));
        Cohort c = base.cohort;
        this.cohort = new Cohort(c.info(), c.weights(), c.mentors(), residents, c.conflicts(), c.declined(),
                c.pinned(), c.previousPairs(), c.peerMentoring());
        this.weights = base.weights;
        this.terms = base.terms;
        this.residentIndex = base.residentIndex;
        this.mentorIndex = base.mentorIndex;
        this.residentInterests = base.residentInterests;
        this.mentorInterests = base.mentorInterests;
        this.specialtyMatches = base.specialtyMatches;
        this.mentorSpecialty = base.mentorSpecialty;
        this.specialtyMatch = base.specialtyMatch;
        this.ranking = base.ranking.clone();
        this.ranking[r] = newRanking.stream().mapToInt(this::mentorIndex).toArray();
        this.preferredBy = base.preferredBy;
        this.previousMentors = base.previousMentors;
        this.bans = base.bans;
        this.pinnedMentor = base.pinnedMentor;
        this.specialtyPoints = base.specialtyPoints;
        this.availabilityPoints = base.availabilityPoints;
        this.mentorCapacity = base.mentorCapacity;
        this.mentorTakesMentees = base.mentorTakesMentees;
        this.requireSameSpecialty = base.requireSameSpecialty;
        this.residentHours = base.residentHours;
        this.mentorHours = base.mentorHours;
        this.rankPoints = ranking[r].length < base.rankPoints.length ? base.rankPoints
                : positionPoints(terms::residentRank, Math.max(base.rankPoints.length - 1, ranking[r].length));
        this.preferencePoints = base.preferencePoints;
    }

    /**
     * This scorer as if resident r had ranked these mentors instead (what-if questions such as a misstated form),
     * built in time proportional to the residents rather than to the pairs: only the ranking tables are new.
     */
    public PairScorer withRanking(int r, List<MentorId> newRanking) {
        return new PairScorer(this, r, newRanking);
    }

    /** Three 64-bit words of hour-of-week bits per person, side by side. */
    private static long[] hourBits(List<WeeklyAvailability> availabilities) {
        long[] bits = new long[3 * availabilities.size()];
        for (int i = 0; i < availabilities.size(); i++) {
            for (int hour : availabilities.get(i).hoursOfWeek()) {
                bits[3 * i + (hour >>> 6)] |= 1L << hour;
            }
        }
        return bits;
    }

    /** The term's points for each 1-based list position up to the longest list; index 0 = not listed. */
    private static int[] positionPoints(java.util.function.IntUnaryOperator term, int longest) {
        int[] points = new int[longest + 1];
        for (int position = 0; position <= longest; position++) {
            points[position] = term.applyAsInt(position);
        }
        return points;
    }

    public static PairScorer of(Cohort cohort) {
        return new PairScorer(cohort);
    }

    private List<List<Integer>> perResident(List<MentorId> mentors, List<ResidentId> residents) {
        List<List<Integer>> lists = new ArrayList<>();
        cohort.residents().forEach(r -> lists.add(new ArrayList<>()));
        for (int i = 0; i < mentors.size(); i++) {
            lists.get(residentIndex(residents.get(i))).add(mentorIndex(mentors.get(i)));
        }
        return lists;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Weights weights() {
        return weights;
    }

    /** The term arithmetic this scorer adds up. */
    public PairTerms terms() {
        return terms;
    }

    public int residentCount() {
        return cohort.residents().size();
    }

    public int mentorCount() {
        return cohort.mentors().size();
    }

    public Resident resident(int r) {
        return cohort.residents().get(r);
    }

    public Mentor mentor(int m) {
        return cohort.mentors().get(m);
    }

    /** @throws IllegalArgumentException for an id that is not in the cohort */
    public int residentIndex(ResidentId id) {
        Integer index = residentIndex.get(id);
        if (index == null) {
            throw new IllegalArgumentException("unknown resident " + id);
        }
        return index;
    }

    /** @throws IllegalArgumentException for an id that is not in the cohort */
    public int mentorIndex(MentorId id) {
        Integer index = mentorIndex.get(id);
        if (index == null) {
            throw new IllegalArgumentException("unknown mentor " + id);
        }
        return index;
    }

    /** The resident's index, or empty for an id not in the cohort (e.g. a draft form's). */
    public OptionalInt findResident(ResidentId id) {
        Integer index = residentIndex.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The mentor's index, or empty for an id not in the cohort. */
    public OptionalInt findMentor(MentorId id) {
        Integer index = mentorIndex.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The specialty table this scorer reads; the recommendation index shares it. */
    public SpecialtyMatches specialtyMatches() {
        return specialtyMatches;
    }

    /**
     * The mentors the cohort bans for resident r (declined pairs, conflicts of interest), ascending: the bans that
     * hold by the resident's id, whatever their form says; their own avoid list is not among them.
     */
    public int[] cohortBans(int r) {
        return bans.byCohort(r);
    }

    /** The mentors resident r was paired with last year. */
    public int[] previousMentors(int r) {
        return previousMentors[r].clone();
    }

    /** Seats the mentor offers this year ({@link io.mentormatch.core.cohort.CohortInfo#seatsOf}): 0 when not accepting. */
    public int capacity(int m) {
        return mentorCapacity[m];
    }

    /** The mentor index this resident is pinned to, or -1. */
    public int pinnedMentor(int r) {
        return pinnedMentor[r];
    }

    /** Whether no hard rule forbids the pair ({@link HardRules#allows}, the mentor's part looked up once). */
    public boolean compatible(int r, int m) {
        return mentorTakesMentees[m]
                && !bans.forbids(r, m)
                && HardRules.specialtyAllows(resident(r), mentor(m), requireSameSpecialty);
    }

    /** The first hard rule that forbids the pair, or empty when it is compatible. */
    public Optional<Incompatibility> incompatibility(int r, int m) {
        return HardRules.firstBroken(resident(r), mentor(m), bans.reason(r, m).orElse(null),
                cohort.info().requireSameSpecialty());
    }

    /** The first ban (avoid list, declined, conflict of interest) on the pair, whatever the mentor's state. */
    public Optional<Incompatibility> ban(int r, int m) {
        return bans.reason(r, m);
    }

    /** Whether the cohort's same-specialty rule, when it has one, forbids the pair. */
    public boolean breaksSameSpecialty(int r, int m) {
        return cohort.info().requireSameSpecialty() && !SameSpecialty.holds(resident(r), mentor(m));
    }

    /** What every {@link ResidentScoreRow} of this scorer reads, built by the first one. */
    ResidentScoreRow.MentorTables mentorTables() {
        ResidentScoreRow.MentorTables tables = mentorTables;
        if (tables == null) {
            synchronized (this) {
                tables = mentorTables;
                if (tables == null) {
                    tables = new ResidentScoreRow.MentorTables(this);
                    mentorTables = tables;
                }
            }
        }
        return tables;
    }

    /** The pair score: the sum of every term's points. Allocates nothing. */
    public int score(int r, int m) {
        InterestProfile interests = residentInterests[r];
        return specialtyPoints[specialtyMatch[r][mentorSpecialty[m]]]
                + (interests.isEmpty() ? 0 : terms.interests(interests.cosine(mentorInterests[m])))
                + availabilityPoints[Math.min(PairTerms.HOURS_FOR_FULL_AVAILABILITY, commonHours(r, m))]
                + rankPoints[position(ranking[r], m)]
                + preferencePoints[position(preferredBy[m], r)]
                + (previousMentors[r].length == 0 ? 0 : terms.repeatPair(previousPair(r, m)));
    }

    /** One term's points for the pair, as counted in {@link #score}. Allocates nothing. */
    public int termPoints(ScoreTerm term, int r, int m) {
        return switch (term) {
            case SPECIALTY -> specialtyPoints[specialtyMatch[r][mentorSpecialty[m]]];
            case INTERESTS -> terms.interests(residentInterests[r].cosine(mentorInterests[m]));
            case AVAILABILITY -> availabilityPoints[Math.min(PairTerms.HOURS_FOR_FULL_AVAILABILITY, commonHours(r, m))];
            case RESIDENT_RANK -> rankPoints[position(ranking[r], m)];
            case MENTOR_PREFERENCE -> preferencePoints[position(preferredBy[m], r)];
            case REPEAT_PAIR -> terms.repeatPair(previousPair(r, m));
        };
    }

    public int score(ResidentId resident, MentorId mentor) {
        return score(residentIndex(resident), mentorIndex(mentor));
    }

    /** The pair score term by term, with the facts behind it. */
    public PairScore breakdown(int r, int m) {
        return terms.breakdown(SPECIALTY_MATCHES[specialtyMatch[r][mentorSpecialty[m]]],
                residentInterests[r].cosine(mentorInterests[m]), residentInterests[r].shared(mentorInterests[m]),
                commonHours(r, m), position(ranking[r], m), position(preferredBy[m], r), previousPair(r, m));
    }

    /** 1-based position of mentor m in resident r's ranking, or 0 when r did not rank m. */
    public int residentRank(int r, int m) {
        return position(ranking[r], m);
    }

    /** 1-based position of resident r in mentor m's preferred list, or 0 when m did not list r. */
    public int mentorPreference(int m, int r) {
        return position(preferredBy[m], r);
    }

    /** How many mentors resident r ranked. */
    public int rankingLength(int r) {
        return ranking[r].length;
    }

    /** The mentor index at 1-based position {@code rank} of resident r's ranking. */
    public int rankedMentor(int r, int rank) {
        return ranking[r][rank - 1];
    }

    public boolean previousPair(int r, int m) {
        return position(previousMentors[r], m) > 0;
    }

    public int commonHours(int r, int m) {
        return Long.bitCount(residentHours[3 * r] & mentorHours[3 * m])
                + Long.bitCount(residentHours[3 * r + 1] & mentorHours[3 * m + 1])
                + Long.bitCount(residentHours[3 * r + 2] & mentorHours[3 * m + 2]);
    }

    private static int position(int[] list, int value) {
        for (int i = 0; i < list.length; i++) {
            if (list[i] == value) {
                return i + 1;
            }
        }
        return 0;
    }
}
