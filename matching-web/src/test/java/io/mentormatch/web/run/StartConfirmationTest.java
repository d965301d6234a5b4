package io.mentormatch.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.mentormatch.api.run.ResultWords;
import io.mentormatch.api.run.RunStartConsequence;
import io.mentormatch.web.system.Confirmation;

/** "Start matching" asks in the catalogue's words: the run, the forms in and missing, and what closes. */
class StartConfirmationTest {

    private static final MessageSource CATALOGUE = catalogue();

    @Test
    void countsTheFormsAndNamesTheResidentsWithout() {
        Confirmation asked = StartConfirmation.of(CATALOGUE, consequence(12, 9, List.of("Amy", "Ben", "Cy")), "optimal",
                60, false, null);

        assertThat(asked.title()).isEqualTo("Start matching Internal Medicine 2026–2027?");
        assertThat(asked.consequences()).containsExactly("A run of Internal Medicine 2026–2027 by “"
                        + ResultWords.mode("optimal") + "” takes up to 60 seconds; its pairings are drafts you review"
                        + " before anything is sent.",
                "9 of 12 residents have saved a preference form. 3 forms are missing: Amy, Ben and Cy; those residents"
                        + " are matched on their roster details alone.",
                "Starting closes the preference forms: nobody can change their form any more. This cannot be undone.");
        assertThat(asked.confirmLabel()).isEqualTo("Start matching");
        assertThat(asked.choice()).isNull();
    }

    @Test
    void saysOneInTheSingular() {
        Confirmation all = StartConfirmation.of(CATALOGUE, consequence(1, 1, List.of()), "optimal", 1, false, null);
        Confirmation one = StartConfirmation.of(CATALOGUE, consequence(2, 1, List.of()), "optimal", 1, false, null);

        assertThat(all.consequences().get(0)).contains("takes up to 1 second;");
        assertThat(all.consequences().get(1)).isEqualTo("1 of 1 resident has saved a preference form.");
        assertThat(one.consequences().get(1)).isEqualTo("1 of 2 residents have saved a preference form. 1 form is"
                + " missing; that resident is matched on their roster details alone.");
    }

    private static RunStartConsequence consequence(int residents, int formsIn, List<String> missing) {
        return new RunStartConsequence(7L, "Internal Medicine", "2026–2027", true, Instant.parse("2026-12-09T12:00:00Z"),
                false, residents, formsIn, missing);
    }

    private static MessageSource catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
