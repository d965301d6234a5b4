package io.mentormatch.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MailTemplateTest {

    private final ResourceBundleMessageSource catalogue = catalogue();

    @Test
    void rendersNamesWithApostrophesAsWritten() {
        Mail mail = MailTemplate.PUBLISHED.render(catalogue, "Dr. O'Brien", "IM 2027", "Sam D'Souza", "- Same specialty");

        assertThat(mail.subject()).isEqualTo("Your mentoring pairing for IM 2027 is published");
        assertThat(mail.body()).contains("Dear Dr. O'Brien,", "paired with Sam D'Souza", "- Same specialty");
    }

    @Test
    void doesNotFormatNumbersOrDatesByLocale() {
        Mail mail = MailTemplate.DECISION.render(catalogue, "Dana", "IM", "Dr. F1", "Resident R1", "declined",
                "reason {0}");

        assertThat(mail.subject()).isEqualTo("Dr. F1 declined the proposal for Resident R1 (IM)");
        assertThat(mail.body()).contains("Reason: reason {0}");
    }

    @Test
    void putsItsPhrasesIntoTheMailInWords() {
        MailTemplate decision = MailTemplate.DECISION;
        Mail mail = decision.render(catalogue, "Dana", "IM", "Dr. F1", "Sam D'Souza", decision.phrase("accepted"),
                decision.phrase("no-reason"));

        assertThat(mail.subject()).isEqualTo("Dr. F1 accepted the proposal for Sam D'Souza (IM)");
        assertThat(mail.body()).contains("to mentor Sam D'Souza in IM: accepted.", "Reason: none given")
                .doesNotContain("ACCEPTED");
        assertThat(MailTemplate.REMATCH_DRAFTED.render(catalogue, "Dana", "IM", "Dr. F1", "Sam", "no time",
                MailTemplate.REMATCH_DRAFTED.phrase("suggestion", "Dr. O'Neil")).body())
                .contains("The matching suggests Dr. O'Neil. Nothing has been sent yet");
        assertThat(MailTemplate.PAIRING_MOVED.render(catalogue, "Sam", "IM", "Sam", MailTemplate.PAIRING_MOVED
                .phrase("no-mentor"), "Dr. F2").body()).contains("Dr. F2 (before: no mentor)");
    }

    private static ResourceBundleMessageSource catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
