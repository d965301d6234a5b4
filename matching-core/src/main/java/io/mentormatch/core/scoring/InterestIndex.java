package io.mentormatch.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.ArrayRealVector;

/**
 * The interest vocabulary of one cohort with inverse document frequencies, so that a rare shared interest
 * ("transplant hepatology") counts for more than a common one ("wellness").
 * <p>
 * One document may be replaced in place ({@link #replace}) when a person edits their interests: the document
 * frequencies then equal those of an index built afresh, and the caller re-weights the profiles that hold a
 * term whose weight changed ({@link #reweighted}). Term ids are never reused, so a profile's ids stay valid.
 * Not thread-safe: the owner guards replacements.
 */
public final class InterestIndex {

    private final Map<String, Integer> termIds = new HashMap<>();
    /** Canonical forms of the labels already indexed: people reuse a few hundred labels, normalising is slow. */
    private final Map<String, String> canonicalByLabel = new HashMap<>();
    private int[] documentFrequency = new int[64];
    private double[] idfById = new double[64];
    private int terms;
    private int documents;

    /** @param profiles every profile's interests, mentors and residents alike */
    public static InterestIndex of(Collection<List<String>> profiles) {
        InterestIndex index = new InterestIndex();
        profiles.forEach(interests -> index.count(interests, 1));
        index.documents = profiles.size();
        for (int id = 0; id < index.terms; id++) {
            index.idfById[id] = index.idf(id);
        }
        return index;
    }

    /** Adds {@code delta} to the document frequency of each of these interests' terms; returns their ids. */
    private int[] count(List<String> interests, int delta) {
        Map<String, String> canonical = canonicalTerms(interests, true);
        int[] ids = new int[canonical.size()];
        int i = 0;
        for (String term : canonical.keySet()) {
            int id = termIds.computeIfAbsent(term, t -> newTerm());
            documentFrequency[id] += delta;
            ids[i++] = id;
        }
        return ids;
    }

    private int newTerm() {
        if (terms == documentFrequency.length) {
            documentFrequency = Arrays.copyOf(documentFrequency, terms * 2);
            idfById = Arrays.copyOf(idfById, terms * 2);
        }
        return terms++;
    }

    /** Smoothed inverse document frequency; an interest nobody else has gets the largest weight. */
    public double idf(String canonicalTerm) {
        Integer id = termIds.get(canonicalTerm);
        return id == null ? idfOf(0) : idfById[id];
    }

    private double idf(int id) {
        return idfOf(documentFrequency[id]);
    }

    private double idfOf(int df) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    /** Terms any profile has held, including terms nobody holds any more after a replacement. */
    public int vocabularySize() {
        return terms;
    }

    /** The unit TF-IDF vector of these interests; terms outside the vocabulary are left out. */
    public InterestProfile profile(List<String> interests) {
        Map<String, String> terms = canonicalTerms(interests, false);
        Map<Integer, String> labels = new HashMap<>();
        terms.forEach((term, label) -> {
            Integer id = termIds.get(term);
            if (id != null) {
                labels.putIfAbsent(id, label);
            }
        });
        if (labels.isEmpty()) {
            return InterestProfile.EMPTY;
        }
        int[] ids = labels.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        List<String> words = new ArrayList<>(ids.length);
        for (int id : ids) {
            words.add(labels.get(id));
        }
        return vectorise(ids, words);
    }

    /** The same terms and words, weighted with the current document frequencies. */
    public InterestProfile reweighted(InterestProfile profile) {
        return profile.isEmpty() ? profile : vectorise(profile.terms(), profile.labels());
    }

    /**
     * Replaces one document by another, e.g. a mentor's interests before and after an edit; the number of
     * documents stays the same.
     *
     * @return ids of the terms whose document frequency, and so whose weight, changed
     */
    public int[] replace(List<String> before, List<String> after) {
        int[] removed = count(before, -1);
        int[] added = count(after, 1);
        int[] touched = java.util.stream.IntStream.concat(Arrays.stream(removed), Arrays.stream(added))
                .distinct().sorted().toArray();
        int changed = 0;
        for (int id : touched) {
            double idf = idf(id);
            if (idf != idfById[id]) {
                idfById[id] = idf;
                touched[changed++] = id;
            }
        }
        return Arrays.copyOf(touched, changed);
    }

    /**
     * Unit vector on the person's terms, ascending by id, so the cosine of two profiles is a merge. Divided in
     * place: re-weighting after a replacement runs over thousands of profiles and must not copy each one thrice.
     */
    private InterestProfile vectorise(int[] ids, List<String> labels) {
        double[] weights = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            weights[i] = idfById[ids[i]];
        }
        ArrayRealVector vector = new ArrayRealVector(weights, false);
        vector.mapDivideToSelf(vector.getNorm());
        return new InterestProfile(ids, vector.getDataRef(), labels);
    }

    /** Canonical term to the person's first label for it, in the person's order; blank terms left out. */
    private Map<String, String> canonicalTerms(List<String> interests, boolean remember) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (String label : interests) {
            String term = canonicalByLabel.get(label);
            if (term == null) {
                term = InterestVocabulary.canonical(label);
                if (remember) {
                    canonicalByLabel.put(label, term);
                }
            }
            if (!term.isEmpty()) {
                terms.putIfAbsent(term, label);
            }
        }
        return terms;
    }
}
