package io.mentormatch.core.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * One draw of a {@link CohortGenerator} cohort from its random stream: the specialty mix, the mentors' popularity
 * and seats, residents' interests, availability and rankings, and the pair lists, in a fixed order so that the same
 * seed gives the same cohort.
 */
final class CohortDraw {

    /** Core programs with their share of residents; mentors also come from their subspecialties. */
    private static final String[] PROGRAMS = {"Internal Medicine", "Pediatrics", "General Surgery", "Psychiatry",
            "Family Medicine", "Emergency Medicine", "Obstetrics and Gynecology", "Anesthesiology", "Neurology",
            "Radiology"};
    private static final double[] PROGRAM_SHARE = {0.34, 0.12, 0.10, 0.08, 0.08, 0.08, 0.06, 0.05, 0.05, 0.04};
    private static final Map<String, String[]> SUBSPECIALTIES = Map.of(
            "Internal Medicine", new String[] {"Cardiology", "Nephrology", "Endocrinology", "Gastroenterology",
                    "Hematology and Oncology", "Pulmonary and Critical Care", "Infectious Disease", "Rheumatology",
                    "Geriatrics", "Hospital Medicine"},
            "Pediatrics", new String[] {"Pediatric Cardiology", "Neonatology", "Pediatric Emergency Medicine",
                    "Pediatric Critical Care", "Adolescent Medicine"},
            "General Surgery", new String[] {"Vascular Surgery", "Trauma Surgery", "Surgical Oncology",
                    "Cardiothoracic Surgery", "Transplant Surgery"},
            "Psychiatry", new String[] {"Child and Adolescent Psychiatry", "Addiction Psychiatry",
                    "Consultation-Liaison Psychiatry"},
            "Family Medicine", new String[] {"Sports Medicine", "Palliative Care", "Geriatrics"},
            "Emergency Medicine", new String[] {"Emergency Ultrasound", "EMS", "Toxicology"},
            "Obstetrics and Gynecology", new String[] {"Maternal-Fetal Medicine", "Gynecologic Oncology",
                    "Reproductive Endocrinology and Infertility"},
            "Anesthesiology", new String[] {"Cardiac Anesthesiology", "Pain Medicine", "Critical Care Medicine"},
            "Neurology", new String[] {"Stroke", "Epilepsy", "Neurocritical Care"},
            "Radiology", new String[] {"Neuroradiology", "Interventional Radiology", "Nuclear Medicine"});

    /** About sixty interests, most popular first: popularity falls off as 1 / rank (Zipf). */
    private static final String[] INTERESTS = {"clinical research", "medical education", "wellness",
            "quality improvement", "global health", "health equity", "point of care ultrasound", "simulation",
            "health policy", "leadership", "patient safety", "global surgery", "informatics", "machine learning",
            "public health", "palliative care", "echocardiography", "heart failure", "critical care ultrasound",
            "oncology trials", "addiction medicine", "women in medicine", "rural health", "telehealth",
            "writing and publishing", "nutrition", "sports medicine", "sleep medicine", "geriatric care",
            "international medical graduates", "LGBTQ health", "veterans health", "disaster medicine",
            "toxicology", "medical humanities", "ethics", "advocacy", "curriculum design", "biostatistics",
            "epidemiology", "genomics", "immunotherapy", "transplant", "stroke care", "epilepsy surgery",
            "neonatal resuscitation", "adolescent health", "maternal health", "pain management", "wound care",
            "health economics", "entrepreneurship", "device innovation", "community outreach", "homeless health",
            "refugee health", "spirituality in medicine", "music and medicine", "running", "parenting in residency"};

    /** Common interests as typed into a free-text box: the same idea under several spellings. */
    private static final String[] TYPED_INTERESTS = {"wellness", "Clinical Research", "medical education", "Med Ed",
            "QI", "quality improvement", "POCUS", "point-of-care ultrasound", "global health", "health equity", "DEI",
            "ethics", "simulation", "Sim", "leadership", "health policy", "advocacy", "Clinical Trials",
            "machine learning", "AI", "writing and publishing", "telehealth", "palliative care", "echocardiography",
            "Echo", "sports medicine", "addiction", "LGBTQ+ health", "women's health", "rural health",
            "patient safety", "informatics", "geriatrics", "nutrition", "public health"};

    private static final double SKIP_RANKING = 0.1;

    private final Random random;
    private final int residentCount;
    private final int mentorCount;
    private final double seatsPerResident;
    private final double notAcceptingShare;
    private final double[] interestCumulative = cumulative(zipf(INTERESTS.length));
    private final List<Mentor> mentors = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final String[] mentorSpecialty;
    private final double[] popularity;
    /** Mentor indices by family (core program), with cumulative popularity for sampling. */
    private final Map<String, int[]> familyMentors = new HashMap<>();
    private final Map<String, double[]> familyCumulative = new HashMap<>();
    private double[] allCumulative;
    private final int rareTopics;

    CohortDraw(Random random, int residentCount, int mentorCount, double seatsPerResident, int rareTopics,
               double notAcceptingShare) {
        this.random = random;
        this.rareTopics = rareTopics;
        this.notAcceptingShare = notAcceptingShare;
        this.residentCount = residentCount;
        this.mentorCount = mentorCount;
        this.seatsPerResident = seatsPerResident;
        mentorSpecialty = new String[mentorCount];
        popularity = new double[mentorCount];
    }

    Cohort cohort() {
        int[] capacity = capacities();
        String[] family = new String[mentorCount];
        for (int m = 0; m < mentorCount; m++) {
            family[m] = drawSpecialty(m);
            // a few stars attract most rankings: log-normal popularity
            popularity[m] = Math.exp(1.2 * random.nextGaussian());
        }
        indexFamilies(family);
        List<String[]> residentPrograms = new ArrayList<>();
        for (int r = 0; r < residentCount; r++) {
            String program = PROGRAMS[pick(PROGRAM_SHARE)];
            residentPrograms.add(new String[] {program, careerGoal(program)});
        }
        for (int m = 0; m < mentorCount; m++) {
            mentors.add(mentor(m, capacity[m]));
        }
        Set<Long> banned = new HashSet<>();
        List<PairBan> conflicts = new ArrayList<>();
        List<PairBan> declined = new ArrayList<>();
        for (int r = 0; r < residentCount; r++) {
            residents.add(resident(r, residentPrograms.get(r), banned));
        }
        for (int r = 0; r < residentCount; r++) {
            double roll = random.nextDouble();
            if (roll < 0.01) {
                addBan(conflicts, banned, r, familyPick(residentPrograms.get(r)[0]), "direct supervisor");
            } else if (roll < 0.015) {
                addBan(declined, banned, r, familyPick(residentPrograms.get(r)[0]), "mentor declined last run");
            }
        }
        List<Pair> pinned = pins(banned);
        List<Pair> previous = new ArrayList<>();
        for (int r = 0; r < residentCount; r++) {
            if (random.nextDouble() < 0.03) {
                int m = familyPick(residentPrograms.get(r)[0]);
                if (m >= 0) {
                    previous.add(new Pair(residentId(r), mentorId(m)));
                }
            }
        }
        CohortInfo info = new CohortInfo("GEN-" + seedLabel(), "Generated cohort " + residentCount + " x "
                + mentorCount, false, false);
        return new Cohort(info, Weights.DEFAULT, mentors, residents, conflicts, declined, pinned, previous);
    }

    /** Draws mentor m's core program and specialty: half of them work in a subspecialty of it. */
    private String drawSpecialty(int m) {
        String family = PROGRAMS[pick(PROGRAM_SHARE)];
        String[] subs = SUBSPECIALTIES.get(family);
        mentorSpecialty[m] = random.nextDouble() < 0.5 ? family : subs[random.nextInt(subs.length)];
        return family;
    }

    Mentor redrawnMentor(int m) {
        drawSpecialty(m);
        return mentor(m, 1 + random.nextInt(4));
    }

    private String seedLabel() {
        return Long.toString(random.nextInt(1_000_000));
    }

    /** Seats of 1 to 4 per mentor, adding up to the requested share of the residents where that is possible. */
    private int[] capacities() {
        int[] capacity = new int[mentorCount];
        if (mentorCount == 0) {
            return capacity;
        }
        int total = (int) Math.round(residentCount * seatsPerResident);
        total = Math.max(mentorCount, Math.min(4 * mentorCount, total));
        Arrays.fill(capacity, 1);
        int left = total - mentorCount;
        while (left > 0) {
            int m = random.nextInt(mentorCount);
            if (capacity[m] < 4) {
                capacity[m]++;
                left--;
            }
        }
        return capacity;
    }

    private String careerGoal(String program) {
        double roll = random.nextDouble();
        String[] subs = SUBSPECIALTIES.get(program);
        if (roll < 0.6) {
            return subs[random.nextInt(subs.length)];
        }
        if (roll < 0.9) {
            return program;
        }
        return roll < 0.95 ? "" : PROGRAMS[random.nextInt(PROGRAMS.length)];
    }

    private void indexFamilies(String[] family) {
        Map<String, List<Integer>> byFamily = new HashMap<>();
        for (int m = 0; m < mentorCount; m++) {
            byFamily.computeIfAbsent(family[m], f -> new ArrayList<>()).add(m);
        }
        byFamily.forEach((f, list) -> {
            int[] indices = list.stream().mapToInt(Integer::intValue).toArray();
            familyMentors.put(f, indices);
            familyCumulative.put(f, cumulative(Arrays.stream(indices).mapToDouble(m -> popularity[m]).toArray()));
        });
        allCumulative = cumulative(popularity);
    }

    private Mentor mentor(int m, int capacity) {
        boolean accepting = random.nextDouble() >= notAcceptingShare;
        List<ResidentId> preferred = new ArrayList<>();
        if (random.nextDouble() < 0.1 && residentCount > 0) {
            int count = 1 + random.nextInt(3);
            Set<Integer> chosen = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                chosen.add(random.nextInt(residentCount));
            }
            chosen.forEach(r -> preferred.add(residentId(r)));
        }
        MentorKind kind = random.nextDouble() < 0.8 ? MentorKind.FACULTY : MentorKind.SENIOR_RESIDENT;
        return new Mentor(mentorId(m), "Dr. Mentor " + m, kind, mentorSpecialty[m], interests(2, 6),
                availability(), capacity, accepting, preferred);
    }

    private Resident resident(int r, String[] program, Set<Long> banned) {
        Set<MentorId> ranking = new LinkedHashSet<>();
        if (mentorCount > 0 && random.nextDouble() >= SKIP_RANKING) {
            int wanted = 1 + random.nextInt(Math.min(5, mentorCount));
            for (int attempt = 0; attempt < 4 * wanted && ranking.size() < wanted; attempt++) {
                int m = random.nextDouble() < 0.75 ? familyPick(program[0]) : sample(allCumulative, null);
                ranking.add(mentorId(m));
            }
        }
        Set<MentorId> avoid = new HashSet<>();
        if (mentorCount > 0 && random.nextDouble() < 0.03) {
            int m = random.nextInt(mentorCount);
            if (!ranking.contains(mentorId(m))) {
                avoid.add(mentorId(m));
                banned.add(key(r, m));
            }
        }
        return new Resident(residentId(r), "Resident " + r, program[0], program[1], interests(1, 5),
                availability(), List.copyOf(ranking), avoid, random.nextDouble() < 0.7);
    }

    private void addBan(List<PairBan> bans, Set<Long> banned, int r, int m, String reason) {
        if (m >= 0 && banned.add(key(r, m))) {
            bans.add(new PairBan(residentId(r), mentorId(m), reason));
        }
    }

    /** Accepted pairings from an earlier run: about 1% of residents, on compatible pairs within capacity. */
    private List<Pair> pins(Set<Long> banned) {
        List<Pair> pins = new ArrayList<>();
        int[] used = new int[mentorCount];
        for (int r = 0; r < residentCount && mentorCount > 0; r++) {
            if (random.nextDouble() >= 0.01) {
                continue;
            }
            int m = random.nextInt(mentorCount);
            Mentor mentor = mentors.get(m);
            if (mentor.accepting() && used[m] < mentor.capacity() && !banned.contains(key(r, m))) {
                used[m]++;
                pins.add(new Pair(residentId(r), mentorId(m)));
            }
        }
        return pins;
    }

    private int familyPick(String program) {
        int[] indices = familyMentors.get(program);
        if (indices == null) {
            return mentorCount == 0 ? -1 : sample(allCumulative, null);
        }
        return sample(familyCumulative.get(program), indices);
    }

    private int sample(double[] cumulative, int[] indices) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        return indices == null ? i : indices[i];
    }

    private List<String> interests(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < 3 * count && chosen.size() < count; i++) {
            chosen.add(rareTopics > 0 ? typedInterest() : INTERESTS[sample(interestCumulative, null)]);
        }
        return List.copyOf(chosen);
    }

    /** Half the time a common interest as someone typed it, otherwise a rare topic. */
    private String typedInterest() {
        if (random.nextBoolean()) {
            return TYPED_INTERESTS[random.nextInt(TYPED_INTERESTS.length)];
        }
        int rank = (int) Math.floor(Math.pow(rareTopics + 1, random.nextDouble()));
        return "topic " + Math.max(1, Math.min(rank, rareTopics));
    }

    /** One to three of the blocks clinicians keep free, on some weekdays. */
    private WeeklyAvailability availability() {
        List<Integer> hours = new ArrayList<>();
        int blocks = 1 + random.nextInt(3);
        for (int b = 0; b < blocks; b++) {
            int[] block = switch (random.nextInt(5)) {
                case 0 -> new int[] {6, 7};
                case 1 -> new int[] {12, 13};
                case 2 -> new int[] {17, 18, 19};
                case 3 -> new int[] {19, 20, 21};
                default -> new int[] {9, 10};
            };
            int weekendOnly = random.nextDouble() < 0.1 ? 5 : 0;
            int days = 1 + random.nextInt(3);
            for (int d = 0; d < days; d++) {
                int day = weekendOnly + random.nextInt(weekendOnly > 0 ? 2 : 5);
                for (int hour : block) {
                    hours.add(day * 24 + hour);
                }
            }
        }
        return WeeklyAvailability.ofHours(hours);
    }

    private int pick(double[] shares) {
        double x = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static long key(int r, int m) {
        return ((long) r << 32) | m;
    }

    static ResidentId residentId(int r) {
        return ResidentId.of(String.format(Locale.ROOT, "R%05d", r));
    }

    static MentorId mentorId(int m) {
        return MentorId.of(String.format(Locale.ROOT, "F%05d", m));
    }

    private static double[] zipf(int n) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return weights;
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
