package io.mentormatch.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.change.ChangeRequestStatus;
import io.mentormatch.api.goal.GoalStatus;
import io.mentormatch.api.cadence.PairingStatus;
import io.mentormatch.api.meeting.MeetingFormat;
import io.mentormatch.api.proposal.ProposalFilter;
import io.mentormatch.api.proposal.ProposalState;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.survey.Respondent;

/**
 * The message catalogue has words for every constant of the enums the pages show (a missing key would fail the page),
 * and {@link Words} says a run's state and step in them, never in the enum's or the solver's names.
 */
class MessagesTest {

    private final ResourceBundleMessageSource messages = catalogue();

    @Test
    void namesEveryConstantOfTheEnumsPagesShow() {
        Map<String, Class<? extends Enum<?>>> shown = Map.of("run.status.", RunStatus.class, "goal.status.",
                GoalStatus.class, "pairing.status.", PairingStatus.class, "change.status.", ChangeRequestStatus.class,
                "proposal.answer.", ProposalState.class, "review.state.", ProposalState.class, "review.filter.",
                ProposalFilter.class, "mentoring.format.", MeetingFormat.class, "survey.side.", Respondent.class,
                "cohort.stage.", CohortState.class);
        shown.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                String words = messages.getMessage(prefix + constant.name(), null, null, Locale.ENGLISH);
                assertThat(words).as(prefix + constant.name()).isNotBlank().doesNotContain(constant.name());
            }
        });
    }

    @Test
    void saysARunsStateAndStepInWords() {
        Words words = new Words(messages);
        assertThat(words.status(RunStatus.RUNNING)).isEqualTo("Working");
        assertThat(words.phase("local search")).isEqualTo("evening out the load and the families' hours");
        assertThat(words.phase(null)).isEqualTo("waiting to start");
        assertThat(words.phase("a phase added later")).isEqualTo("working on the matching");
        assertThat(words.blockingPairs(0)).isEqualTo("no resident and mentor would both rather be together");
        assertThat(words.blockingPairs(3)).isEqualTo("3 resident–mentor pairs would both rather be together");
    }

    private static ResourceBundleMessageSource catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
