package io.mentormatch.web.run;

import org.springframework.stereotype.Component;

import io.mentormatch.api.run.ResultWords;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.core.solver.MatchingResult;

/**
 * {@link ResultWords} for templates, as {@code @words}: every page that shows a result or a mode says it the same
 * way (the fragment {@code fragments/result :: figures} uses it).
 */
@Component("words")
public class Words {

    public String score(String score) {
        return ResultWords.score(score);
    }

    /** A layer's result, e.g. the peer layer's: "total fit 1,200, no rule broken, every resident matched". */
    public String result(MatchingResult layer) {
        return ResultWords.layerScore(layer);
    }

    /** Which choices the layer's residents got, null for a result stored without a profile. */
    public String choices(MatchingResult layer) {
        return ResultWords.choices(layer.choiceProfile());
    }

    /** How far the layer's total pair score is below the best any matching could reach, "2.5 %". */
    public String gap(MatchingResult layer) {
        return layer.bound().gapPercent() + " %";
    }

    /** A run's state as the director reads it, never the enum's name. */
    public String status(RunStatus status) {
        return switch (status) {
            case QUEUED -> "Waiting to start";
            case RUNNING -> "Working";
            case SUCCEEDED -> "Finished";
            case FAILED -> "Stopped by an error; nothing was changed";
            case CANCELLED -> "Cancelled";
        };
    }

    /** What a run is doing, in words: the solver's phases are its own names for them. */
    public String phase(String phase) {
        if (phase == null) {
            return "waiting to start";
        }
        return switch (phase) {
            case "loading" -> "reading the cohort";
            case "exact assignment" -> "finding the best total fit";
            case "local search" -> "evening out the load and the families' hours";
            case "stable matching" -> "matching by everyone's lists";
            case "rank-maximal" -> "giving the most first choices";
            default -> phase;
        };
    }

    public String mode(String label) {
        return ResultWords.mode(label);
    }

    public String number(long value) {
        return ResultWords.number(value);
    }

    public String ordinal(int n) {
        return ResultWords.ordinal(n);
    }

    /** "no pair would rather swap", "1 pair would rather swap", ... (pairs that block under weak stability). */
    public String blockingPairs(Integer count) {
        if (count == null) {
            return "–";
        }
        return count == 0 ? "no resident and mentor would both rather swap"
                : count + (count == 1 ? " resident–mentor pair" : " resident–mentor pairs") + " would both rather swap";
    }
}
