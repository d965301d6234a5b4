package io.mentormatch.core.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortInfo;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.MentorKind;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;
import io.mentormatch.core.cohort.WeeklyAvailability;
import io.mentormatch.core.cohort.Weights;

/**
 * A hospitals/residents instance of the stable-matching literature in the Glasgow text format (as the instances
 * of the University of Glasgow's matching group are published): the number of residents, the number of hospitals,
 * one line per resident {@code id: pref pref (tied tied) pref}, then one line per hospital
 * {@code id: capacity: pref ...}; ids are 1-based, a parenthesised group is a tie. Here, lists are 0-based groups:
 * {@code residentLists[r]} is a list of tie groups of hospitals, best first.
 */
record GlasgowInstance(int[][][] residentLists, int[] capacity, int[][][] hospitalLists) {

    /** Only the lists weigh: every weight 0 but the resident's ranking and the mentor's preferred list. */
    static final Weights LISTS_ONLY = new Weights(0, 0, 0, 10, 10, 0, 0);

    int residents() {
        return residentLists.length;
    }

    int hospitals() {
        return capacity.length;
    }

    boolean strict() {
        return Arrays.stream(residentLists).flatMap(Arrays::stream).allMatch(group -> group.length == 1)
                && Arrays.stream(hospitalLists).flatMap(Arrays::stream).allMatch(group -> group.length == 1);
    }

    static GlasgowInstance read(String text) {
        List<String> lines = text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        int residents = Integer.parseInt(lines.get(0));
        int hospitals = Integer.parseInt(lines.get(1));
        int[][][] residentLists = new int[residents][][];
        int[] capacity = new int[hospitals];
        int[][][] hospitalLists = new int[hospitals][][];
        for (int i = 0; i < residents; i++) {
            String[] parts = lines.get(2 + i).split(":", 2);
            residentLists[Integer.parseInt(parts[0].trim()) - 1] = groups(parts[1]);
        }
        for (int i = 0; i < hospitals; i++) {
            String[] parts = lines.get(2 + residents + i).split(":", 3);
            int h = Integer.parseInt(parts[0].trim()) - 1;
            capacity[h] = Integer.parseInt(parts[1].trim());
            hospitalLists[h] = groups(parts.length > 2 ? parts[2] : "");
        }
        return new GlasgowInstance(residentLists, capacity, hospitalLists);
    }

    private static int[][] groups(String list) {
        List<int[]> groups = new ArrayList<>();
        List<Integer> open = null;
        for (String token : list.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            switch (token) {
                case "(" -> open = new ArrayList<>();
                case ")" -> {
                    groups.add(open.stream().mapToInt(Integer::intValue).toArray());
                    open = null;
                }
                default -> {
                    int id = Integer.parseInt(token) - 1;
                    if (open != null) {
                        open.add(id);
                    } else {
                        groups.add(new int[] {id});
                    }
                }
            }
        }
        return groups.toArray(int[][]::new);
    }

    String write() {
        StringBuilder text = new StringBuilder().append(residents()).append('\n').append(hospitals()).append('\n');
        for (int r = 0; r < residents(); r++) {
            text.append(r + 1).append(':').append(line(residentLists[r])).append('\n');
        }
        for (int h = 0; h < hospitals(); h++) {
            text.append(h + 1).append(": ").append(capacity[h]).append(':').append(line(hospitalLists[h])).append('\n');
        }
        return text.toString();
    }

    private static String line(int[][] groups) {
        return Arrays.stream(groups).map(group -> group.length == 1 ? " " + (group[0] + 1)
                : Arrays.stream(group).mapToObj(id -> String.valueOf(id + 1))
                .collect(Collectors.joining(" ", " (", ")"))).collect(Collectors.joining());
    }

    /**
     * A random instance: each resident finds 1 to 8 hospitals acceptable, each hospital ranks exactly the residents
     * that find it acceptable (capacities 1 to 5). With ties, each list's last group holds up to 4 entries.
     */
    static GlasgowInstance generate(long seed, int residents, boolean ties) {
        Random random = new Random(seed);
        int[] capacity = new int[Math.max(1, residents / 3)];
        for (int h = 0; h < capacity.length; h++) {
            capacity[h] = 1 + random.nextInt(5);
        }
        List<List<Integer>> applicants = new ArrayList<>();
        for (int h = 0; h < capacity.length; h++) {
            applicants.add(new ArrayList<>());
        }
        int[][][] residentLists = new int[residents][][];
        for (int r = 0; r < residents; r++) {
            Set<Integer> chosen = new HashSet<>();
            int length = 1 + random.nextInt(Math.min(8, capacity.length));
            while (chosen.size() < length) {
                // a few popular hospitals, as in real matches
                int h = random.nextInt(4) == 0 ? random.nextInt(Math.min(5, capacity.length))
                        : random.nextInt(capacity.length);
                chosen.add(h);
            }
            List<Integer> list = new ArrayList<>(chosen);
            Collections.shuffle(list, random);
            residentLists[r] = grouped(list, ties, random);
            for (int h : list) {
                applicants.get(h).add(r);
            }
        }
        int[][][] hospitalLists = new int[capacity.length][][];
        for (int h = 0; h < capacity.length; h++) {
            List<Integer> list = new ArrayList<>(applicants.get(h));
            Collections.shuffle(list, random);
            hospitalLists[h] = grouped(list, ties, random);
        }
        return new GlasgowInstance(residentLists, capacity, hospitalLists);
    }

    private static int[][] grouped(List<Integer> list, boolean ties, Random random) {
        int tied = ties && list.size() > 1 ? 1 + random.nextInt(Math.min(4, list.size())) : 1;
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < list.size() - tied; i++) {
            groups.add(new int[] {list.get(i)});
        }
        groups.add(list.subList(list.size() - tied, list.size()).stream().mapToInt(Integer::intValue).toArray());
        return list.isEmpty() ? new int[0][] : groups.toArray(int[][]::new);
    }

    /**
     * The cohort file of the instance: residents R1.., mentors H1.. with the hospitals' capacities, one specialty, no
     * hours or interests, only the lists weighing ({@link #LISTS_ONLY}), every pair not on the resident's list in its
     * avoid list. Strict groups become the ranking and the preferred list in order; a list's last group, when it is
     * a tie, stays off the list (acceptable but unranked), so the pair scores order it and equal ones tie.
     */
    Cohort toCohort() {
        List<Mentor> mentors = new ArrayList<>();
        for (int h = 0; h < hospitals(); h++) {
            mentors.add(new Mentor(MentorId.of("H" + (h + 1)), "Hospital " + (h + 1), MentorKind.FACULTY, "Medicine",
                    List.of(), WeeklyAvailability.NONE, capacity[h], true,
                    listed(hospitalLists[h]).stream().map(r -> ResidentId.of("R" + (r + 1))).toList()));
        }
        List<Resident> residents = new ArrayList<>();
        for (int r = 0; r < residents(); r++) {
            Set<Integer> acceptable = Arrays.stream(residentLists[r]).flatMapToInt(Arrays::stream).boxed()
                    .collect(Collectors.toSet());
            Set<MentorId> avoid = new HashSet<>();
            for (int h = 0; h < hospitals(); h++) {
                if (!acceptable.contains(h)) {
                    avoid.add(MentorId.of("H" + (h + 1)));
                }
            }
            residents.add(new Resident(ResidentId.of("R" + (r + 1)), "Resident " + (r + 1), "Medicine", "Medicine",
                    List.of(), WeeklyAvailability.NONE,
                    listed(residentLists[r]).stream().map(h -> MentorId.of("H" + (h + 1))).toList(), avoid, true));
        }
        return new Cohort(new CohortInfo("glasgow", "Glasgow instance", false, false), LISTS_ONLY, mentors,
                residents, List.of(), List.of(), List.of(), List.of());
    }

    /** The list as the cohort states it: every group but a last tie. */
    private static List<Integer> listed(int[][] groups) {
        int end = groups.length > 0 && groups[groups.length - 1].length > 1 ? groups.length - 1 : groups.length;
        return Arrays.stream(groups, 0, end).flatMapToInt(Arrays::stream).boxed().toList();
    }
}
