package io.mentormatch.web.system;

import java.util.List;

import org.springframework.stereotype.Component;

import io.mentormatch.core.explain.Audience;
import io.mentormatch.core.explain.PairExplainer;

/**
 * A pairing's reasons, stored in the resident's words, in the words of the page's reader, as {@code @reasons} in
 * templates: e.g. a preview of moves the director reads ("Amara's 2nd choice", never "Your 2nd choice").
 */
@Component("reasons")
public class Reasons {

    public List<String> forDirector(List<String> reasons, String residentName, String mentorName) {
        return PairExplainer.forAudience(reasons, Audience.DIRECTOR, residentName, mentorName == null ? "" : mentorName);
    }
}
