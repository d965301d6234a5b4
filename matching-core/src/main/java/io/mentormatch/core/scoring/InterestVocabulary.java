package io.mentormatch.core.scoring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an interest as people type it ("POCUS", "Med-Ed", "Clinical Researches") into one canonical term,
 * so that two spellings of one interest count as shared.
 */
public final class InterestVocabulary {

    /** Common abbreviations and variants of medical-education interests, by their normalised form. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("pocus", "point of care ultrasound"),
            Map.entry("point of care us", "point of care ultrasound"),
            Map.entry("bedside ultrasound", "point of care ultrasound"),
            Map.entry("point of care ultrasonography", "point of care ultrasound"),
            Map.entry("qi", "quality improvement"),
            Map.entry("qi ps", "quality improvement"),
            Map.entry("qips", "quality improvement"),
            Map.entry("quality and safety", "quality improvement"),
            Map.entry("quality improvement and patient safety", "quality improvement"),
            Map.entry("pt safety", "patient safety"),
            Map.entry("ebm", "evidence based medicine"),
            Map.entry("med ed", "medical education"),
            Map.entry("meded", "medical education"),
            Map.entry("med education", "medical education"),
            Map.entry("medical educator", "medical education"),
            Map.entry("teaching", "medical education"),
            Map.entry("echo", "echocardiography"),
            Map.entry("ml", "machine learning"),
            Map.entry("ai", "machine learning"),
            Map.entry("artificial intelligence", "machine learning"),
            Map.entry("lgbt health", "lgbtq health"),
            Map.entry("lgbtq+ health", "lgbtq health"),
            Map.entry("dei", "health equity"),
            Map.entry("diversity equity and inclusion", "health equity"),
            Map.entry("wellbeing", "wellness"),
            Map.entry("well being", "wellness"),
            Map.entry("burnout", "wellness"),
            Map.entry("img", "international medical graduate"),
            Map.entry("hf", "heart failure"),
            Map.entry("global medicine", "global health"),
            Map.entry("telemedicine", "telehealth"),
            Map.entry("research", "clinical research"),
            Map.entry("publishing", "writing and publishing"),
            Map.entry("sim", "simulation"));

    private InterestVocabulary() {
    }

    /** The canonical term: lower case, no accents or punctuation, each word stemmed, synonyms folded. */
    public static String canonical(String interest) {
        String folded = Normalizer.normalize(interest, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('&', ' ')
                .replaceAll("[^a-z0-9+ ]", " ")
                .trim()
                .replaceAll("\\s+", " ");
        String synonym = SYNONYMS.get(folded);
        if (synonym != null) {
            return stemmed(synonym);
        }
        String stemmed = stemmed(folded);
        return SYNONYMS.containsKey(stemmed) ? stemmed(SYNONYMS.get(stemmed)) : stemmed;
    }

    private static String stemmed(String phrase) {
        return Arrays.stream(phrase.split(" ")).map(InterestVocabulary::stem).collect(Collectors.joining(" "));
    }

    /** A light plural stemmer: enough for "graduates", "studies", "trials", "researches"; never shortens short words. */
    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 5 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes") || word.endsWith("zes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
