package io.mentormatch.api.survey;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survey is one pairing's survey of one kind, so its id says both: {@code 42-first-meeting}. It needs no row of
 * its own, and both members of the pairing answer the same survey.
 */
public record SurveyId(long pairingId, SurveyKind kind) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,17})-([a-z-]{1,20})");

    public static Optional<SurveyId> parse(String id) {
        Matcher matcher = id == null ? null : FORMAT.matcher(id);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        long pairingId = Long.parseLong(matcher.group(1));
        return SurveyKind.ofSlug(matcher.group(2)).map(kind -> new SurveyId(pairingId, kind));
    }

    @Override
    public String toString() {
        return pairingId + "-" + kind.slug();
    }
}
