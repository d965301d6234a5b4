package io.mentormatch.web.comparison;

import java.util.List;

import io.mentormatch.api.cohort.FitScale;
import io.mentormatch.api.run.ResultWords;
import io.mentormatch.core.compare.ModeComparison.Comparison;
import io.mentormatch.core.compare.ModeComparison.ModeOutcome;

/**
 * One row of the "Compare modes" table: a mode's figures as {@link io.mentormatch.core.compare.ModeComparison}
 * computed them, its name for a director, and its 1st choices for the chart.
 *
 * @param residents the cohort's residents, the scale of the 1st-choice bars
 */
public record ModeRow(ModeOutcome outcome, String name, int firstChoices, int residents) {

    static List<ModeRow> of(Comparison comparison) {
        int residents = comparison.modes().isEmpty() ? 0 : comparison.modes().get(0).bySpecialty().values().stream()
                .mapToInt(s -> s.residents()).sum();
        return comparison.modes().stream().map(o -> new ModeRow(o, ResultWords.mode(o.mode()),
                o.choiceProfile().size() > 2 ? o.choiceProfile().get(1) : 0, residents)).toList();
    }

    /** The 1st-choice bar for {@code fragments/charts :: bars}. */
    public ChartBar firstChoiceBar() {
        return new ChartBar(name, firstChoices, residents, firstChoices + " of " + residents);
    }

    /** The total-fit bar, scaled to the largest total of the comparison. */
    /** The mode's average fit as a bar of 100 % ({@link FitScale}). */
    public ChartBar averageFitBar(FitScale scale) {
        int average = scale.averagePercent(outcome.pairScoreTotal(), outcome.matched());
        return new ChartBar(name, average, 100, average + " %");
    }

    /** A bar as the shared chart fragment draws it. */
    public record ChartBar(String label, long value, long max, String note) {

        public double share() {
            return max <= 0 ? 0 : Math.max(0, (double) value / max);
        }
    }
}
