package io.mentormatch.web.run;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.mentormatch.api.run.ResultWords;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.RunView;
import io.mentormatch.core.solver.MatchingResult;

/**
 * {@link ResultWords} for templates, as {@code @words}: every page that shows a result or a mode says it the same
 * way (the fragment {@code fragments/result :: figures} uses it). The words live in {@code messages.properties}.
 */
@Component("words")
public class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A run's result, or its best so far, without the raw total fit: "no rule broken, every resident matched". The fit
     * is said on the fit scale beside it (the average fit of the pairs), never as a sum of pair scores.
     */
    public String outcome(RunView run) {
        return ResultWords.outcome(run.score() != null ? run.score() : run.bestScore());
    }

    /** A layer's result, e.g. the peer layer's, as {@link #outcome(RunView)}. */
    public String result(MatchingResult layer) {
        return ResultWords.outcome(layer.score());
    }

    /** Which choices the layer's residents got, null for a result stored without a profile. */
    public String choices(MatchingResult layer) {
        return ResultWords.choices(layer.choiceProfile());
    }

    /** How far the layer's total fit is below the best any pairing could reach, "2.5 %". */
    public String gap(MatchingResult layer) {
        return message("result.gap", String.valueOf(layer.bound().gapPercent()));
    }

    /** A run's state as the director reads it, never the enum's name. */
    public String status(RunStatus status) {
        return message("run.status." + status.name());
    }

    /** What a run is doing, in words: the solver's phases are its own names for them. */
    public String phase(String phase) {
        String key = "run.step." + (phase == null ? "waiting" : phase);
        return messages.getMessage(key, null, messages.getMessage("run.step.other", null, locale()), locale());
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

    /** "no resident and mentor would both rather be together", ... (pairs that block under weak stability). */
    public String blockingPairs(Integer count) {
        if (count == null) {
            return message("result.wouldRather.unknown");
        }
        return count == 0 ? message("result.wouldRather.none")
                : count == 1 ? message("result.wouldRather.one") : message("result.wouldRather.many", count);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
