package io.mentormatch.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mentormatch.core.cohort.Resident;

/**
 * How each kind of resident relates to each mentor specialty, computed once per (specialty, career goal,
 * openness) and specialty: comparing specialty names through the taxonomy is far slower than a table lookup,
 * and residents share a few such kinds. {@link PairScorer} builds the table and the recommendation index reads and
 * extends the same one (a mentor's new specialty). Thread-safe; rows handed out are never written again.
 */
public final class SpecialtyMatches {

    private static final SpecialtyMatch[] MATCHES = SpecialtyMatch.values();

    private record Kind(String specialty, String careerGoal, boolean openToOtherSpecialties) {
    }

    private final List<String> specialties = new ArrayList<>();
    private final Map<String, Integer> specialtyIds = new HashMap<>();
    private final Map<Kind, byte[]> rows = new HashMap<>();

    public synchronized int specialtyId(String specialty) {
        return specialtyIds.computeIfAbsent(specialty, s -> {
            specialties.add(s);
            return specialties.size() - 1;
        });
    }

    /** The resident's match with every specialty known so far, by specialty id, as {@link SpecialtyMatch} ordinals. */
    public synchronized byte[] row(Resident resident) {
        Kind kind = new Kind(resident.specialty(), resident.careerGoal(), resident.openToOtherSpecialties());
        byte[] row = rows.get(kind);
        if (row != null && row.length == specialties.size()) {
            return row;
        }
        int known = row == null ? 0 : row.length;
        byte[] extended = row == null ? new byte[specialties.size()] : Arrays.copyOf(row, specialties.size());
        for (int s = known; s < extended.length; s++) {
            extended[s] = (byte) PairTerms.specialtyMatch(kind.specialty(), kind.careerGoal(),
                    kind.openToOtherSpecialties(), specialties.get(s)).ordinal();
        }
        rows.put(kind, extended);
        return extended;
    }

    public static SpecialtyMatch match(byte[] row, int specialtyId) {
        return MATCHES[row[specialtyId]];
    }
}
