package io.mentormatch.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTemplateTest {

    @Test
    void rendersNamesWithApostrophesAsWritten() {
        Mail mail = MailTemplate.PUBLISHED.render("Dr. O'Brien", "IM 2027", "Sam D'Souza", "- Same specialty");

        assertThat(mail.subject()).isEqualTo("Your mentoring pairing for IM 2027 is published");
        assertThat(mail.body()).contains("Dear Dr. O'Brien,", "paired with Sam D'Souza", "- Same specialty");
    }

    @Test
    void doesNotFormatNumbersOrDatesByLocale() {
        Mail mail = MailTemplate.DECISION.render("Dana", "IM", "Dr. F1", "Resident R1", "declined", "reason {0}");

        assertThat(mail.subject()).isEqualTo("Dr. F1 declined the proposal for Resident R1 (IM)");
        assertThat(mail.body()).contains("Reason: reason {0}");
    }
}
