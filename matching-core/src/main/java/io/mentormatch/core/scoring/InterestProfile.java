package io.mentormatch.core.scoring;

import java.util.List;

/**
 * One person's interests as a unit-length TF-IDF vector, flattened to sorted term ids and weights so that the
 * cosine of two profiles is a merge of two short arrays.
 *
 * @param terms   canonical term ids, ascending
 * @param weights the unit vector's entry for each term
 * @param labels  the person's own words for each term, in the same order
 */
public record InterestProfile(int[] terms, double[] weights, List<String> labels) {

    public static final InterestProfile EMPTY = new InterestProfile(new int[0], new double[0], List.of());

    public boolean isEmpty() {
        return terms.length == 0;
    }

    /** Cosine similarity in [0, 1]. */
    public double cosine(InterestProfile other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            int a = terms[i];
            int b = other.terms[j];
            if (a == b) {
                dot += weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    /** This person's words for the interests both share, in this person's order. */
    public List<String> shared(InterestProfile other) {
        return java.util.stream.IntStream.range(0, terms.length)
                .filter(i -> java.util.Arrays.binarySearch(other.terms, terms[i]) >= 0)
                .mapToObj(labels::get)
                .toList();
    }
}
