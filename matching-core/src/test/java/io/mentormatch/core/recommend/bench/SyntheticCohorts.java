package io.mentormatch.core.recommend.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;

/**
 * Seeded random cohorts for the recommendation tests and benchmarks: the same seed gives the same cohort.
 * Interests are drawn from a vocabulary with a long tail (a few common interests, many rare ones, typed with
 * varying case and synonyms), specialties from the taxonomy, and every hard rule occurs.
 */
public final class SyntheticCohorts {

    static final List<String> SPECIALTIES = List.of("Internal Medicine", "Cardiology", "Nephrology",
            "Gastroenterology", "Pulmonary and Critical Care", "Infectious Disease", "Pediatrics", "Neonatology",
            "Psychiatry", "Child and Adolescent Psychiatry", "General Surgery", "Vascular Surgery",
            "Obstetrics and Gynecology", "Anesthesiology", "Radiology", "Emergency Medicine", "Family Medicine",
            "Neurology", "Dermatology", "Pathology");

    static final List<String> COMMON_INTERESTS = List.of("wellness", "Clinical Research", "medical education",
            "Med Ed", "QI", "quality improvement", "POCUS", "point-of-care ultrasound", "global health",
            "health equity", "DEI", "ethics", "simulation", "Sim", "leadership", "health policy", "advocacy",
            "Clinical Trials", "machine learning", "AI", "writing and publishing", "telehealth", "palliative care",
            "echocardiography", "Echo", "sports medicine", "addiction", "LGBTQ+ health", "women's health",
            "rural health", "patient safety", "informatics", "geriatrics", "nutrition", "public health");

    private final Random random;
    private final int mentors;
    private final int residents;
    private final int rareInterests;
    private final boolean varied;

    private SyntheticCohorts(long seed, int mentors, int residents, int rareInterests, boolean varied) {
        this.random = new Random(seed);
        this.mentors = mentors;
        this.residents = residents;
        this.rareInterests = rareInterests;
        this.varied = varied;
    }

    /**
     * A cohort of the size a large teaching hospital network could reach: default weights, every resident with
     * a full form, a few bans and previous pairs.
     */
    public static Cohort large(long seed, int mentors, int residents) {
        return new SyntheticCohorts(seed, mentors, residents, 2_000, false).cohort();
    }

    /**
     * A small cohort where anything goes: random weights, blank specialties and empty forms, mentors who take
     * no one, the same-specialty rule, continuity, many bans; for property tests.
     */
    public static Cohort varied(long seed, int mentors, int residents) {
        return new SyntheticCohorts(seed, mentors, residents, 30, true).cohort();
    }

    private Cohort cohort() {
        List<Mentor> mentorList = new ArrayList<>();
        for (int m = 0; m < mentors; m++) {
            mentorList.add(mentor(m));
        }
        List<Resident> residentList = new ArrayList<>();
        for (int r = 0; r < residents; r++) {
            residentList.add(resident(r));
        }
        List<PairBan> conflicts = new ArrayList<>();
        List<PairBan> declined = new ArrayList<>();
        List<Pair> previous = new ArrayList<>();
        Set<String> banned = new HashSet<>();
        int pairs = varied ? residents : residents / 20;
        for (int i = 0; i < pairs && mentors > 0 && residents > 0; i++) {
            ResidentId resident = ResidentId.of(residentId(random.nextInt(residents)));
            MentorId mentor = MentorId.of(mentorId(random.nextInt(mentors)));
            int kind = random.nextInt(3);
            if (kind == 2) {
                previous.add(new Pair(resident, mentor));
            } else if (banned.add(resident + "/" + mentor)) {
                (kind == 0 ? conflicts : declined).add(new PairBan(resident, mentor, kind == 0 ? "supervisor" : "no time"));
            }
        }
        Weights weights = varied ? new Weights(random.nextInt(11), random.nextInt(11), random.nextInt(11),
                random.nextInt(11), random.nextInt(11), random.nextInt(11), random.nextInt(11)) : Weights.DEFAULT;
        boolean sameSpecialty = varied && random.nextInt(4) == 0;
        boolean continuity = varied && random.nextBoolean();
        return new Cohort(new CohortInfo("SYN-" + mentors, "Synthetic", sameSpecialty, continuity), weights,
                mentorList, residentList, conflicts, declined, List.of(), previous);
    }

    public Mentor mentor(int m) {
        List<ResidentId> preferred = new ArrayList<>();
        if (residents > 0 && random.nextInt(varied ? 3 : 10) == 0) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                ResidentId id = ResidentId.of(residentId(random.nextInt(residents)));
                if (!preferred.contains(id)) {
                    preferred.add(id);
                }
            }
        }
        boolean accepting = random.nextInt(varied ? 5 : 20) != 0;
        return new Mentor(MentorId.of(mentorId(m)), "Dr. " + m,
                random.nextInt(4) == 0 ? MentorKind.SENIOR_RESIDENT : MentorKind.FACULTY,
                specialty(), interests(varied ? 0 : 2, 6), availability(varied ? 0 : 2, 8),
                random.nextInt(varied ? 4 : 5), accepting, preferred);
    }

    private Resident resident(int r) {
        boolean emptyForm = varied && random.nextInt(6) == 0;
        List<MentorId> ranking = new ArrayList<>();
        Set<MentorId> avoid = new HashSet<>();
        if (!emptyForm && mentors > 0) {
            for (int i = random.nextInt(4); i > 0; i--) {
                MentorId id = MentorId.of(mentorId(random.nextInt(mentors)));
                if (!ranking.contains(id)) {
                    ranking.add(id);
                }
            }
            if (random.nextInt(varied ? 3 : 10) == 0) {
                avoid.add(MentorId.of(mentorId(random.nextInt(mentors))));
            }
        }
        return new Resident(ResidentId.of(residentId(r)), "Resident " + r,
                emptyForm ? "" : specialty(), emptyForm || random.nextInt(3) == 0 ? "" : specialty(),
                emptyForm ? List.of() : interests(varied ? 0 : 1, 6),
                emptyForm ? WeeklyAvailability.NONE : availability(varied ? 0 : 2, 10), ranking, avoid,
                random.nextBoolean());
    }

    private String specialty() {
        return varied && random.nextInt(12) == 0 ? "" : SPECIALTIES.get(random.nextInt(SPECIALTIES.size()));
    }

    public List<String> interests(int min, int max) {
        Set<String> interests = new LinkedHashSet<>();
        int count = min + random.nextInt(max - min + 1);
        while (interests.size() < count) {
            interests.add(interest());
        }
        return List.copyOf(interests);
    }

    /** Half the time a common interest, otherwise one of a long tail where interest n is drawn about 1/n as often. */
    private String interest() {
        if (random.nextBoolean()) {
            return COMMON_INTERESTS.get(random.nextInt(COMMON_INTERESTS.size()));
        }
        int rank = (int) Math.floor(Math.pow(rareInterests + 1, random.nextDouble()));
        return "topic " + Math.max(1, Math.min(rank, rareInterests));
    }

    private WeeklyAvailability availability(int min, int max) {
        List<Integer> hours = new ArrayList<>();
        int count = min + random.nextInt(max - min + 1);
        int day = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            // evenings and early mornings, mostly on two days, so that overlaps are neither rare nor certain
            int d = random.nextBoolean() ? day : random.nextInt(7);
            hours.add(d * 24 + (random.nextBoolean() ? 17 + random.nextInt(4) : 6 + random.nextInt(3)));
        }
        return WeeklyAvailability.ofHours(hours);
    }

    /** A generator positioned after the cohort of this seed, to draw further profiles (e.g. edits) from. */
    public static SyntheticCohorts continuing(long seed, int mentors, int residents, boolean varied) {
        SyntheticCohorts generator = new SyntheticCohorts(seed, mentors, residents, varied ? 30 : 2_000, varied);
        generator.cohort();
        return generator;
    }

    public Random random() {
        return random;
    }

    public static String mentorId(int m) {
        return String.format("F%05d", m);
    }

    public static String residentId(int r) {
        return String.format("R%05d", r);
    }
}
