package io.mentormatch.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
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

    /** Availability counts fully from this many common hours a week: enough for a regular meeting. */
    static final int HOURS_FOR_FULL_AVAILABILITY = 3;

    private static final SpecialtyMatch[] SPECIALTY_MATCHES = SpecialtyMatch.values();

    private final Cohort cohort;
    private final Weights weights;
    private final Map<ResidentId, Integer> residentIndex = new HashMap<>();
    private final Map<MentorId, Integer> mentorIndex = new HashMap<>();
    private final InterestProfile[] residentInterests;
    private final InterestProfile[] mentorInterests;
    private final int[] mentorSpecialty;
    private final byte[][] specialtyMatch;
    private final int[][] ranking;
    private final int[][] preferredBy;
    private final int[][] previousMentors;
    private final int[][] bannedMentors;
    private final Incompatibility[][] banReasons;
    private final int[] pinnedMentor;
    private final int[] specialtyPoints = new int[SPECIALTY_MATCHES.length];
    private final int[] availabilityPoints = new int[HOURS_FOR_FULL_AVAILABILITY + 1];
    // Flat copies of what score() and compatible() read, so that the hundreds of millions of calls of a large
    // cohort touch primitive arrays only; breakdown() keeps computing from the records.
    private final int[] mentorCapacity;
    private final boolean requireSameSpecialty;
    private final long[] residentHours;
    private final long[] mentorHours;
    private final int[] rankPoints;
    private final int[] preferencePoints;

    private PairScorer(Cohort cohort) {
        this.cohort = cohort;
        this.weights = cohort.weights();
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

        List<String> specialties = mentors.stream().map(Mentor::specialty).distinct().toList();
        Map<String, Integer> specialtyIds = new HashMap<>();
        specialties.forEach(s -> specialtyIds.put(s, specialtyIds.size()));
        mentorSpecialty = mentors.stream().mapToInt(m -> specialtyIds.get(m.specialty())).toArray();
        specialtyMatch = new byte[residents.size()][];
        ranking = new int[residents.size()][];
        previousMentors = new int[residents.size()][];
        pinnedMentor = new int[residents.size()];
        Arrays.fill(pinnedMentor, -1);
        // residents share a handful of (specialty, career goal, openness) profiles: compare each profile once
        Map<List<Object>, byte[]> profiles = new HashMap<>();
        for (int r = 0; r < residents.size(); r++) {
            Resident resident = residents.get(r);
            specialtyMatch[r] = profiles.computeIfAbsent(
                    List.of(resident.specialty(), resident.careerGoal(), resident.openToOtherSpecialties()), key -> {
                        byte[] row = new byte[specialties.size()];
                        for (int s = 0; s < specialties.size(); s++) {
                            row[s] = (byte) specialtyMatch(resident, specialties.get(s)).ordinal();
                        }
                        return row;
                    });
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
        bannedMentors = new int[residents.size()][];
        banReasons = new Incompatibility[residents.size()][];
        indexBans(residents);
        for (SpecialtyMatch match : SPECIALTY_MATCHES) {
            specialtyPoints[match.ordinal()] = ScoreTerm.SPECIALTY.points(weights, match.fraction());
        }
        for (int hours = 0; hours <= HOURS_FOR_FULL_AVAILABILITY; hours++) {
            availabilityPoints[hours] = ScoreTerm.AVAILABILITY.points(weights,
                    (double) hours / HOURS_FOR_FULL_AVAILABILITY);
        }
        mentorCapacity = mentors.stream().mapToInt(Mentor::effectiveCapacity).toArray();
        requireSameSpecialty = cohort.info().requireSameSpecialty();
        residentHours = hourBits(residents.stream().map(Resident::availability).toList());
        mentorHours = hourBits(mentors.stream().map(Mentor::availability).toList());
        rankPoints = positionPoints(ScoreTerm.RESIDENT_RANK,
                Arrays.stream(ranking).mapToInt(list -> list.length).max().orElse(0));
        preferencePoints = positionPoints(ScoreTerm.MENTOR_PREFERENCE,
                Arrays.stream(preferredBy).mapToInt(list -> list.length).max().orElse(0));
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
    private int[] positionPoints(ScoreTerm term, int longest) {
        int[] points = new int[longest + 1];
        for (int position = 0; position <= longest; position++) {
            points[position] = term.points(weights, rankFraction(position));
        }
        return points;
    }

    public static PairScorer of(Cohort cohort) {
        return new PairScorer(cohort);
    }

    private void indexBans(List<Resident> residents) {
        List<Map<Integer, Incompatibility>> bans = new ArrayList<>();
        residents.forEach(r -> bans.add(new HashMap<>()));
        for (int r = 0; r < residents.size(); r++) {
            for (MentorId avoided : residents.get(r).avoid()) {
                bans.get(r).put(mentorIndex(avoided), Incompatibility.AVOIDED);
            }
        }
        for (PairBan ban : cohort.declined()) {
            bans.get(residentIndex(ban.resident())).put(mentorIndex(ban.mentor()), Incompatibility.DECLINED);
        }
        for (PairBan ban : cohort.conflicts()) {
            bans.get(residentIndex(ban.resident())).put(mentorIndex(ban.mentor()), Incompatibility.CONFLICT_OF_INTEREST);
        }
        for (int r = 0; r < residents.size(); r++) {
            int[] mentors = bans.get(r).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            bannedMentors[r] = mentors;
            Map<Integer, Incompatibility> reasons = bans.get(r);
            banReasons[r] = Arrays.stream(mentors).mapToObj(reasons::get).toArray(Incompatibility[]::new);
        }
    }

    private List<List<Integer>> perResident(List<MentorId> mentors, List<ResidentId> residents) {
        List<List<Integer>> lists = new ArrayList<>();
        cohort.residents().forEach(r -> lists.add(new ArrayList<>()));
        for (int i = 0; i < mentors.size(); i++) {
            lists.get(residentIndex(residents.get(i))).add(mentorIndex(mentors.get(i)));
        }
        return lists;
    }

    private static SpecialtyMatch specialtyMatch(Resident resident, String mentorSpecialty) {
        if (SpecialtyTaxonomy.same(mentorSpecialty, resident.careerGoal())) {
            return SpecialtyMatch.CAREER_GOAL;
        }
        if (SpecialtyTaxonomy.same(mentorSpecialty, resident.specialty())) {
            return SpecialtyMatch.SAME_SPECIALTY;
        }
        if (SpecialtyTaxonomy.related(mentorSpecialty, resident.careerGoal())
                || SpecialtyTaxonomy.related(mentorSpecialty, resident.specialty())) {
            return SpecialtyMatch.RELATED;
        }
        boolean residentSaidNothing = resident.specialty().isBlank() && resident.careerGoal().isBlank();
        return resident.openToOtherSpecialties() || residentSaidNothing || mentorSpecialty.isBlank()
                ? SpecialtyMatch.OTHER : SpecialtyMatch.OTHER_NOT_OPEN;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Weights weights() {
        return weights;
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

    /** Seats the mentor offers this year: 0 when not accepting. */
    public int capacity(int m) {
        return mentorCapacity[m];
    }

    /** The mentor index this resident is pinned to, or -1. */
    public int pinnedMentor(int r) {
        return pinnedMentor[r];
    }

    /** Whether no hard rule forbids the pair. */
    public boolean compatible(int r, int m) {
        return mentorCapacity[m] > 0
                && (bannedMentors[r].length == 0 || Arrays.binarySearch(bannedMentors[r], m) < 0)
                && (!requireSameSpecialty || SameSpecialty.holds(resident(r), mentor(m)));
    }

    /** The first hard rule that forbids the pair, or empty when it is compatible. */
    public Optional<Incompatibility> incompatibility(int r, int m) {
        Mentor mentor = mentor(m);
        if (!mentor.accepting()) {
            return Optional.of(Incompatibility.NOT_ACCEPTING);
        }
        if (mentor.capacity() <= 0) {
            return Optional.of(Incompatibility.NO_CAPACITY);
        }
        int ban = Arrays.binarySearch(bannedMentors[r], m);
        if (ban >= 0) {
            return Optional.of(banReasons[r][ban]);
        }
        if (cohort.info().requireSameSpecialty() && !SameSpecialty.holds(resident(r), mentor)) {
            return Optional.of(Incompatibility.DIFFERENT_SPECIALTY);
        }
        return Optional.empty();
    }

    /** The pair score: the sum of every term's points. Allocates nothing. */
    public int score(int r, int m) {
        int common = Long.bitCount(residentHours[3 * r] & mentorHours[3 * m])
                + Long.bitCount(residentHours[3 * r + 1] & mentorHours[3 * m + 1])
                + Long.bitCount(residentHours[3 * r + 2] & mentorHours[3 * m + 2]);
        InterestProfile interests = residentInterests[r];
        return specialtyPoints[specialtyMatch[r][mentorSpecialty[m]]]
                + (interests.isEmpty() ? 0 : ScoreTerm.INTERESTS.points(weights, interests.cosine(mentorInterests[m])))
                + availabilityPoints[Math.min(HOURS_FOR_FULL_AVAILABILITY, common)]
                + rankPoints[position(ranking[r], m)]
                + preferencePoints[position(preferredBy[m], r)]
                + (previousMentors[r].length == 0 ? 0 : repeatPoints(r, m));
    }

    public int score(ResidentId resident, MentorId mentor) {
        return score(residentIndex(resident), mentorIndex(mentor));
    }

    /** The pair score term by term, with the facts behind it. */
    public PairScore breakdown(int r, int m) {
        SpecialtyMatch specialty = SPECIALTY_MATCHES[specialtyMatch[r][mentorSpecialty[m]]];
        int hours = commonHours(r, m);
        int rank = position(ranking[r], m);
        int preference = position(preferredBy[m], r);
        Map<ScoreTerm, Integer> points = new EnumMap<>(ScoreTerm.class);
        points.put(ScoreTerm.SPECIALTY, specialtyPoints[specialty.ordinal()]);
        points.put(ScoreTerm.INTERESTS,
                ScoreTerm.INTERESTS.points(weights, residentInterests[r].cosine(mentorInterests[m])));
        points.put(ScoreTerm.AVAILABILITY, availabilityPoints[Math.min(HOURS_FOR_FULL_AVAILABILITY, hours)]);
        points.put(ScoreTerm.RESIDENT_RANK, ScoreTerm.RESIDENT_RANK.points(weights, rankFraction(rank)));
        points.put(ScoreTerm.MENTOR_PREFERENCE, ScoreTerm.MENTOR_PREFERENCE.points(weights, rankFraction(preference)));
        points.put(ScoreTerm.REPEAT_PAIR, repeatPoints(r, m));
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        return new PairScore(total, points, specialty, residentInterests[r].shared(mentorInterests[m]), hours, rank,
                preference, previousPair(r, m));
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
        return resident(r).availability().commonHours(mentor(m).availability());
    }

    /** The highest pair score any pair of this cohort could reach: an optimistic bound for pruning. */
    public int maxPossibleScore() {
        int max = specialtyPoints[SpecialtyMatch.CAREER_GOAL.ordinal()] + availabilityPoints[HOURS_FOR_FULL_AVAILABILITY]
                + ScoreTerm.INTERESTS.points(weights, 1) + ScoreTerm.RESIDENT_RANK.points(weights, 1)
                + ScoreTerm.MENTOR_PREFERENCE.points(weights, 1);
        return max + Math.max(0, repeatSign() * ScoreTerm.REPEAT_PAIR.points(weights, 1));
    }

    private int repeatPoints(int r, int m) {
        return previousPair(r, m) ? repeatSign() * ScoreTerm.REPEAT_PAIR.points(weights, 1) : 0;
    }

    /** Last year's pair is penalised, unless the cohort asks for continuity. */
    private int repeatSign() {
        return cohort.info().preferContinuity() ? 1 : -1;
    }

    /** 1st choice counts fully, each later choice a fifth less, down to a fifth; not listed counts nothing. */
    static double rankFraction(int position) {
        return position == 0 ? 0 : Math.max(0.2, 1 - 0.2 * (position - 1));
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
