package io.mentormatch.core.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.linear.OpenMapRealVector;
import org.apache.commons.math3.linear.RealVector;

/**
 * The interest vocabulary of one cohort with inverse document frequencies, so that a rare shared interest
 * ("transplant hepatology") counts for more than a common one ("wellness").
 */
public final class InterestIndex {

    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<Integer> documentFrequency = new ArrayList<>();
    private int documents;

    /** @param profiles every profile's interests, mentors and residents alike */
    public static InterestIndex of(Collection<List<String>> profiles) {
        InterestIndex index = new InterestIndex();
        profiles.forEach(index::count);
        return index;
    }

    private void count(List<String> interests) {
        documents++;
        canonicalTerms(interests).keySet().forEach(term -> {
            int id = termIds.computeIfAbsent(term, t -> {
                documentFrequency.add(0);
                return documentFrequency.size() - 1;
            });
            documentFrequency.set(id, documentFrequency.get(id) + 1);
        });
    }

    /** Smoothed inverse document frequency; an interest nobody else has gets the largest weight. */
    public double idf(String canonicalTerm) {
        Integer id = termIds.get(canonicalTerm);
        int df = id == null ? 0 : documentFrequency.get(id);
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    public int vocabularySize() {
        return termIds.size();
    }

    /** The unit TF-IDF vector of these interests; terms outside the vocabulary are left out. */
    public InterestProfile profile(List<String> interests) {
        Map<String, String> terms = canonicalTerms(interests);
        RealVector vector = new OpenMapRealVector(Math.max(1, termIds.size()));
        Map<Integer, String> labels = new HashMap<>();
        terms.forEach((term, label) -> {
            Integer id = termIds.get(term);
            if (id != null) {
                vector.setEntry(id, idf(term));
                labels.put(id, label);
            }
        });
        if (labels.isEmpty()) {
            return InterestProfile.EMPTY;
        }
        RealVector unit = vector.unitVector();
        int[] ids = labels.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] weights = new double[ids.length];
        List<String> words = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            weights[i] = unit.getEntry(ids[i]);
            words.add(labels.get(ids[i]));
        }
        return new InterestProfile(ids, weights, words);
    }

    private static Map<String, String> canonicalTerms(List<String> interests) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (Iterator<String> it = interests.iterator(); it.hasNext(); ) {
            String label = it.next();
            String term = InterestVocabulary.canonical(label);
            if (!term.isEmpty()) {
                terms.putIfAbsent(term, label);
            }
        }
        return terms;
    }
}
