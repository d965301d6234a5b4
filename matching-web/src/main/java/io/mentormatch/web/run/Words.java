package io.mentormatch.web.run;

import org.springframework.stereotype.Component;

import io.mentormatch.api.run.ResultWords;
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
