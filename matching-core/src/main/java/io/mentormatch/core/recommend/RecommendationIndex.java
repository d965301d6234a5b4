package io.mentormatch.core.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.explain.PairExplainer;
import io.mentormatch.core.scoring.HardRules;
import io.mentormatch.core.scoring.Incompatibility;
import io.mentormatch.core.scoring.InterestIndex;
import io.mentormatch.core.scoring.PairScore;
import io.mentormatch.core.scoring.PairScorer;
import io.mentormatch.core.scoring.PairTerms;
import io.mentormatch.core.scoring.SpecialtyMatch;
import io.mentormatch.core.scoring.SpecialtyMatches;
import io.mentormatch.core.util.TopK;

/**
 * The recommendation engine of one cohort: the mentors who fit a resident best and why, the residents who fit a
 * mentor best, and alternatives to a mentor, fast enough to answer while a resident types their form.
 * <p>
 * It ranks by the pair score the solver optimises: the same hard rules ({@link HardRules}), the same term
 * arithmetic ({@link PairTerms}) and the same TF-IDF interest vectors ({@link InterestIndex}) as
 * {@link PairScorer}; for a resident of the cohort it returns exactly {@code PairScorer.of(cohort).score(r, m)}.
 * A resident's draft form, not yet in the cohort, is scored the same way against the indexed mentors: the
 * cohort's bans, last year's pairs and mentors' preferences apply to it by its id.
 * <p>
 * One mentor's profile is updated in place ({@link #updateMentor}): the interest weights are re-derived for the
 * few terms whose document frequency changed, and the profiles holding one of them are re-weighted when next
 * read ({@link InterestProfiles}), so the index answers exactly as an index built afresh from the updated
 * cohort. Adding or removing a mentor changes every weight: build a new index.
 * <p>
 * Equal scores rank by most free places, then by cohort order; so a resident who has filled in only a
 * specialty gets mentors of that specialty first, and one who has filled in nothing the mentors with most room.
 * <p>
 * Thread-safe: queries run in parallel, an update waits for them.
 */
public final class RecommendationIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final CohortInfo info;
    private final PairTerms terms;
    private final PairExplainer explainer;
    private final ProfileSimilarity similarity;
    /**
     * The highest pair score of a mentor whom the resident did not rank, who did not ask for the resident and
     * was not paired with them last year, by specialty match, shared interest or not, and common hours.
     */
    private final int[][][] bestOfStranger;
    private final InterestIndex interests;
    /** The cohort's bans, last year's pairs and specialty table: read from the scorer, never indexed again here. */
    private final PairScorer scorer;
    private final SpecialtyMatches specialtyMatches;

    private final Mentor[] mentors;
    private final InterestProfiles mentorInterests;
    /** Seats each mentor offers: 0 when not accepting. */
    private final int[] seats;
    /** Each mentor's weekly hours, {@link WeeklyAvailability#WORDS} words a mentor: the scan reads no records. */
    private final long[] mentorHours;
    private final int[] mentorSpecialty;
    /** The residents each mentor asked for, as resident slots in the mentor's order. */
    private final int[][] mentorPreferred;
    /** The inverse: by resident slot, the mentors who asked for that resident. */
    private final Map<Integer, Set<Integer>> preferredBy = new HashMap<>();
    private final int[] load;

    private final Resident[] residents;
    private final InterestProfiles residentInterests;

    private final InterestProfiles.TermClock termClock = new InterestProfiles.TermClock();
    private final ResidentsForMentor residentsForMentor;
    private final SimilarMentors similarMentors;

    private RecommendationIndex(PairScorer scorer) {
        Cohort cohort = scorer.cohort();
        this.scorer = scorer;
        this.specialtyMatches = scorer.specialtyMatches();
        this.info = cohort.info();
        this.terms = PairTerms.of(cohort);
        this.explainer = new PairExplainer(terms);
        this.similarity = new ProfileSimilarity(cohort.weights());
        this.bestOfStranger = new int[SpecialtyMatch.values().length][2][PairTerms.HOURS_FOR_FULL_AVAILABILITY + 1];
        for (SpecialtyMatch match : SpecialtyMatch.values()) {
            for (int hours = 0; hours <= PairTerms.HOURS_FOR_FULL_AVAILABILITY; hours++) {
                bestOfStranger[match.ordinal()][0][hours] = terms.total(match, 0, hours, 0, 0, false);
                bestOfStranger[match.ordinal()][1][hours] = terms.total(match, 1, hours, 0, 0, false);
            }
        }
        List<Mentor> mentorList = cohort.mentors();
        List<Resident> residentList = cohort.residents();
        if (mentorList.size() > RankKeys.SLOT_MASK || cohort.residents().size() > RankKeys.SLOT_MASK) {
            throw new IllegalArgumentException("at most " + RankKeys.SLOT_MASK + " mentors and residents per index");
        }
        mentors = mentorList.toArray(Mentor[]::new);
        residents = residentList.toArray(Resident[]::new);
        // the same documents in the same order as PairScorer, so that the weights are the same
        interests = InterestIndex.of(Stream.concat(mentorList.stream().map(Mentor::interests),
                residentList.stream().map(Resident::interests)).toList());
        mentorInterests = new InterestProfiles(interests, termClock, mentors.length);
        seats = new int[mentors.length];
        mentorHours = new long[mentors.length * WeeklyAvailability.WORDS];
        mentorSpecialty = new int[mentors.length];
        mentorPreferred = new int[mentors.length][];
        for (int m = 0; m < mentors.length; m++) {
            mentorInterests.set(m, interests.profile(mentors[m].interests()));
            seats[m] = mentors[m].effectiveCapacity();
            mentors[m].availability().copyTo(mentorHours, m * WeeklyAvailability.WORDS);
            mentorSpecialty[m] = specialtyMatches.specialtyId(mentors[m].specialty());
            mentorPreferred[m] = residentSlots(mentors[m]);
            prefer(m, true);
        }
        residentInterests = new InterestProfiles(interests, termClock, residents.length);
        for (int r = 0; r < residents.length; r++) {
            residentInterests.set(r, interests.profile(residents[r].interests()));
        }
        load = new int[mentors.length];
        similarMentors = new SimilarMentors(mentors, mentorInterests, seats, this::free, similarity);
        residentsForMentor = new ResidentsForMentor(scorer, terms, explainer, similarity, interests, residents,
                residentInterests);
    }

    public static RecommendationIndex of(Cohort cohort) {
        return new RecommendationIndex(PairScorer.of(cohort));
    }

    // ---------------------------------------------------------------- queries

    /** Whether the resident belongs to the cohort the index was built from. */
    public boolean hasResident(ResidentId resident) {
        return scorer.findResident(resident).isPresent();
    }

    /** Whether the mentor belongs to the cohort the index was built from. */
    public boolean hasMentor(MentorId mentor) {
        return scorer.findMentor(mentor).isPresent();
    }

    /** The top k mentors for a resident of the cohort. */
    public List<MentorRecommendation> recommendMentors(ResidentId resident, int k, RecommendOptions options) {
        return read(() -> recommendMentorsLocked(residents[residentSlot(resident)], k, options));
    }

    /**
     * The top k compatible mentors for a resident's profile as it stands, e.g. a draft form not yet in the
     * cohort; best pair score first, equal scores by most free places. The draft is weighted against the
     * cohort's interest frequencies without being counted in them, and an interest no one in the cohort holds
     * is left out of its vector: no mentor could share it.
     */
    public List<MentorRecommendation> recommendMentors(Resident resident, int k, RecommendOptions options) {
        return read(() -> recommendMentorsLocked(resident, k, options));
    }

    /** The top k compatible residents of the cohort for a mentor of the cohort. */
    public List<ResidentRecommendation> recommendResidents(MentorId mentor, int k, RecommendOptions options) {
        return recommendResidents(mentor, k, options, resident -> true);
    }

    /** As {@link #recommendResidents(MentorId, int, RecommendOptions)} among the residents {@code among} accepts. */
    public List<ResidentRecommendation> recommendResidents(MentorId mentor, int k, RecommendOptions options,
                                                           Predicate<ResidentId> among) {
        requirePositive(k);
        return read(() -> {
            int m = mentorSlot(mentor);
            return residentsForMentor.recommend(mentors[m], m, k, options, among);
        });
    }

    /**
     * Up to k other mentors who take mentees and suit the same residents ({@link ProfileSimilarity}), most
     * similar first, equal similarity by most free places: alternatives to a mentor who declined or is full.
     */
    public List<SimilarMentor> similarMentors(MentorId mentor, int k, RecommendOptions options) {
        requirePositive(k);
        return read(() -> similarMentors.of(mentorSlot(mentor), k, options));
    }

    /**
     * The ban on a pair of the cohort (the resident's avoid list, a declined pair, a conflict of interest), or
     * empty; for a resident not in the cohort, empty.
     */
    public Optional<Incompatibility> ban(ResidentId resident, MentorId mentor) {
        int m = mentorSlot(mentor);
        return scorer.findResident(resident).stream().mapToObj(r -> scorer.ban(r, m)).flatMap(Optional::stream)
                .findFirst();
    }

    // ---------------------------------------------------------------- updates

    /**
     * Replaces a mentor's profile in place (specialty, interests, availability, capacity, accepting, preferred
     * residents); afterwards every answer equals that of an index built from the updated cohort.
     *
     * @throws IllegalArgumentException for a mentor not in the index, or a preferred resident not in the cohort
     */
    public void updateMentor(Mentor updated) {
        lock.writeLock().lock();
        try {
            int slot = mentorSlot(updated.id());
            int[] preferred = residentSlots(updated);
            termClock.changed(interests.replace(mentors[slot].interests(), updated.interests()));
            mentors[slot] = updated;
            mentorInterests.set(slot, interests.profile(updated.interests()));
            seats[slot] = updated.effectiveCapacity();
            updated.availability().copyTo(mentorHours, slot * WeeklyAvailability.WORDS);
            mentorSpecialty[slot] = specialtyMatches.specialtyId(updated.specialty());
            prefer(slot, false);
            mentorPreferred[slot] = preferred;
            prefer(slot, true);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The current mentees per mentor, e.g. of the proposal under review; mentors left out have none.
     *
     * @throws IllegalArgumentException for a mentor not in the index
     */
    public void updateLoads(Map<MentorId, Integer> loads) {
        lock.writeLock().lock();
        try {
            int[] fresh = new int[mentors.length];
            loads.forEach((mentor, mentees) -> fresh[mentorSlot(mentor)] = mentees);
            System.arraycopy(fresh, 0, load, 0, load.length);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void prefer(int mentor, boolean prefers) {
        for (int resident : mentorPreferred[mentor]) {
            if (prefers) {
                preferredBy.computeIfAbsent(resident, r -> new HashSet<>()).add(mentor);
            } else {
                preferredBy.get(resident).remove(mentor);
            }
        }
    }

    // ---------------------------------------------------------------- mentors for a resident

    private Seeker seeker(Resident resident) {
        return seeker(resident, false);
    }

    private Seeker seeker(Resident resident, boolean blind) {
        return Seeker.of(resident, blind, scorer, interests, mentorInterests, preferredBy);
    }

    private boolean compatible(Seeker seeker, int m) {
        return HardRules.allows(seeker.resident(), mentors[m], Arrays.binarySearch(seeker.banned(), m) >= 0,
                info.requireSameSpecialty());
    }

    /**
     * Offers a mentor the resident has no personal tie with (no rank, no preference, no previous pair): most such
     * mentors cannot enter the top k even with a perfect interest cosine, and are passed over after a table
     * lookup, before their record or interest profile is read.
     */
    private void offerStranger(TopK top, Seeker seeker, int m, boolean skipFull) {
        SpecialtyMatch specialty = SpecialtyMatches.match(seeker.specialtyRow(), mentorSpecialty[m]);
        boolean sharing = seeker.sharing().get(m);
        int hours = commonHours(seeker, m);
        int best = bestOfStranger[specialty.ordinal()][sharing ? 1 : 0]
                [Math.min(hours, PairTerms.HOURS_FOR_FULL_AVAILABILITY)];
        if (top.accepts(RankKeys.key(best, RankKeys.MAX_FREE, 0))) {
            offer(top, seeker, m, specialty, sharing, hours, 0, 0, false, skipFull);
        }
    }

    private void offerPersonal(TopK top, Seeker seeker, int m, boolean skipFull) {
        offer(top, seeker, m, SpecialtyMatches.match(seeker.specialtyRow(), mentorSpecialty[m]),
                seeker.sharing().get(m), commonHours(seeker, m), Seeker.position(seeker.ranking(), m),
                seeker.preferenceSlot() < 0 ? 0 : Seeker.position(mentorPreferred[m], seeker.preferenceSlot()),
                Seeker.position(seeker.previous(), m) > 0,
                skipFull);
    }

    /** Offers a pair to the top k if it is compatible, by its pair score; the cosine only if it can matter. */
    private void offer(TopK top, Seeker seeker, int m, SpecialtyMatch specialty, boolean sharing, int hours,
                       int rank, int preference, boolean previous, boolean skipFull) {
        int free = free(m);
        if (free == 0 && skipFull || !compatible(seeker, m)) {
            return;
        }
        if (!sharing) {
            top.offer(RankKeys.key(terms.total(specialty, 0, hours, rank, preference, previous), free, m));
        } else if (top.accepts(RankKeys.key(terms.total(specialty, 1, hours, rank, preference, previous), free, m))) {
            double cosine = seeker.interests().cosine(mentorInterests.get(m));
            top.offer(RankKeys.key(terms.total(specialty, cosine, hours, rank, preference, previous), free, m));
        }
    }

    private int commonHours(Seeker seeker, int m) {
        return WeeklyAvailability.commonHours(seeker.hours(), 0, mentorHours, m * WeeklyAvailability.WORDS);
    }

    private PairScore breakdown(Seeker seeker, int m) {
        return terms.breakdown(SpecialtyMatches.match(seeker.specialtyRow(), mentorSpecialty[m]),
                seeker.interests().cosine(mentorInterests.get(m)), seeker.interests().shared(mentorInterests.get(m)),
                seeker.resident().availability().commonHours(mentors[m].availability()),
                Seeker.position(seeker.ranking(), m),
                seeker.preferenceSlot() < 0 ? 0 : Seeker.position(mentorPreferred[m], seeker.preferenceSlot()),
                Seeker.position(seeker.previous(), m) > 0);
    }

    private List<MentorRecommendation> recommendMentorsLocked(Resident resident, int k, RecommendOptions options) {
        requirePositive(k);
        Seeker seeker = seeker(resident, options.blindToMentorPreferences());
        TopK top = new TopK(options.diversity().poolSize(k));
        int[] personal = seeker.personal();
        for (int m = 0, next = 0; m < mentors.length; m++) {
            if (next < personal.length && personal[next] == m) {
                next++;
                offerPersonal(top, seeker, m, options.skipFullMentors());
            } else {
                offerStranger(top, seeker, m, options.skipFullMentors());
            }
        }
        long[] ranked = top.sorted();
        int[] slots = RankKeys.diversify(ranked, k, options.diversity(), terms.maxPossibleScore(), (a, b) -> similarity.between(
                mentors[a].specialty(), mentorInterests.get(a), mentors[b].specialty(), mentorInterests.get(b)));
        boolean partial = resident.interests().isEmpty()
                || resident.specialty().isBlank() && resident.careerGoal().isBlank();
        List<MentorRecommendation> list = new ArrayList<>(slots.length);
        for (int m : slots) {
            PairScore breakdown = breakdown(seeker, m);
            List<String> reasons = new ArrayList<>(explainer.reasons(resident, mentors[m], breakdown));
            if (partial) {
                reasons.add(SimilarMentors.places(free(m)));
            }
            list.add(new MentorRecommendation(mentors[m].id(), mentors[m].name(), mentors[m].specialty(),
                    breakdown.total(), breakdown, reasons, free(m)));
        }
        return list;
    }

    // ---------------------------------------------------------------- lookups

    private int free(int m) {
        return Math.max(0, seats[m] - load[m]);
    }

    private int mentorSlot(MentorId id) {
        OptionalInt slot = scorer.findMentor(id);
        if (slot.isEmpty()) {
            throw new IllegalArgumentException("unknown mentor " + id
                    + " (adding a mentor changes every interest weight: build a new index)");
        }
        return slot.getAsInt();
    }

    private int residentSlot(ResidentId id) {
        return scorer.findResident(id).orElseThrow(
                () -> new IllegalArgumentException("unknown resident " + id + ": pass the draft profile instead"));
    }

    private int[] residentSlots(Mentor mentor) {
        return mentor.preferredResidents().stream().mapToInt(id -> scorer.findResident(id).orElseThrow(
                () -> new IllegalArgumentException("mentor " + mentor.id() + " prefers unknown resident " + id)))
                .toArray();
    }

    private static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    private <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
