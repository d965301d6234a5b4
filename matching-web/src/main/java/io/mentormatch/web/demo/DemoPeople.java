package io.mentormatch.web.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Believable, made-up people for the demo: names, specialties, interests and weekly hours drawn from fixed
 * lists with a fixed seed, so every fresh demo database looks the same.
 */
final class DemoPeople {

    static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Daniel", "Elena", "Farah", "Gabriel", "Hana",
            "Isaac", "Jasmine", "Kenji", "Leila", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samuel",
            "Tara", "Umar", "Valeria", "Wei", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Carmen", "Dmitri",
            "Esther", "Felix", "Grace", "Hugo", "Ines", "Jonah", "Kavya", "Lucas", "Maya", "Nikhil", "Olivia",
            "Pablo", "Rania", "Sofia", "Tomas", "Uma", "Victor", "Yara", "Zain", "Lena");
    static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Nakamura", "Rossi", "Haddad",
            "Fernandes", "Kowalski", "Mensah", "Chen", "Ibrahim", "Novak", "Garcia", "Petrov", "Sato", "Nair",
            "Dubois", "Alvarez", "Brennan", "Kaur", "Rahman", "Silva", "Wang", "Herrera", "Yilmaz", "Fischer",
            "Abebe", "Costa", "Jensen", "Morales", "Osei", "Park", "Quinn", "Reyes", "Schmidt", "Tanaka",
            "Usman", "Varga", "Walsh", "Zhou", "Adeyemi", "Bianchi", "Cohen", "Demir", "Eriksen", "Farouk");

    static final List<String> WEEK_BLOCKS = List.of(
            "MON-07,MON-08", "MON-17,MON-18", "TUE-07,TUE-08", "TUE-12,TUE-13", "TUE-17,TUE-18",
            "WED-07,WED-08", "WED-12", "WED-18,WED-19", "THU-07,THU-08", "THU-12,THU-13", "THU-17,THU-18",
            "FRI-07", "FRI-12,FRI-13", "FRI-16,FRI-17", "SAT-09,SAT-10", "SUN-17,SUN-18");

    private final Random random;
    private final Set<String> usedNames = new LinkedHashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    String name(String title) {
        while (true) {
            String name = pick(FIRST) + " " + pick(LAST);
            if (usedNames.add(name)) {
                return title.isEmpty() ? name : title + " " + name;
            }
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different values, in random order. */
    <T> List<T> some(List<T> values, int count) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    List<String> hours(int blocks) {
        List<String> slots = new ArrayList<>();
        for (String block : some(WEEK_BLOCKS, blocks)) {
            slots.addAll(List.of(block.split(",")));
        }
        return slots.stream().sorted().toList();
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    static String email(String name) {
        String plain = name.replaceFirst("^Dr\\. ", "").toLowerCase(Locale.ROOT).replace(' ', '.');
        return plain + "@riverside-hospital.example";
    }
}
