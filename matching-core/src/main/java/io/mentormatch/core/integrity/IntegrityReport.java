package io.mentormatch.core.integrity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a run's matching promises each person, checked against what they said (docs/matching-model.md, "The
 * integrity report"): the result file's {@code integrity}, the API's integrity of a run and the run page, in words
 * for a director.
 *
 * @param complaints   justified complaints: the blocking pairs against the stated preferences
 * @param whyNotHigher per resident who did not get the first mentor on its list, why not each higher one
 * @param gaming       whether a resident could have got a mentor it ranks higher by misstating its list
 * @param fragility    how many others must move when one mentor declines
 */
public record IntegrityReport(String mode, Complaints complaints, List<WhyNot> whyNotHigher, Gaming gaming,
                              Fragility fragility) {

    /**
     * @param count    how many pairs block
     * @param summary  one sentence: the count and, in stable modes, why it is guaranteed to be 0
     * @param examples each blocking pair in words, at most {@link IntegrityAudit#MAX_EXAMPLES}
     */
    public record Complaints(int count, String summary, List<String> examples) {
    }

    /** @param reasons one line per mentor the resident ranked above the one it got */
    public record WhyNot(String resident, String name, List<String> reasons) {
    }

    /**
     * @param residents         residents in the cohort
     * @param residentsChecked  residents whose misreports were tried (all up to 500, else a random 300; fewer, chosen
     *                          at random, when the search's time budget runs out)
     * @param couldGain         residents among those checked who could get a mentor they rank higher
     * @param upperBoundPercent when not every resident was checked, the 95 % upper bound on the share of all residents
     *                          who could gain; null when every resident was checked
     * @param examples          one misreport per resident who could gain
     */
    public record Gaming(int residents, int residentsChecked, int couldGain,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Double upperBoundPercent, String summary,
                         List<String> examples) {
    }

    /**
     * @param pairings      pairings that could be declined (pinned ones cannot)
     * @param byOthersMoved how many pairings need 0, 1, 2, ... other residents moved when their mentor declines
     * @param maxOthersMoved the most others any single decline needs moved
     * @param unrepairable  declines after which nobody can seat the resident without leaving someone unmatched
     */
    public record Fragility(int pairings, List<Integer> byOthersMoved, int maxOthersMoved, int unrepairable,
                            String summary) {
    }
}
