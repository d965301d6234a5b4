package io.mentormatch.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.mentormatch.api.proposal.ActionConsequence;
import io.mentormatch.web.system.Confirmation;

/** The review page's confirmations say their counts and names from the catalogue, one and many, without separators. */
class ProposalConfirmationsTest {

    private static final MessageSource CATALOGUE = catalogue();

    @Test
    void sendingOneProposalSaysItInTheSingularAndNamesTheMentor() {
        Confirmation asked = ProposalConfirmations.sending(CATALOGUE, consequence(1, 1, List.of("Dr. A"), 0), 1);

        assertThat(asked.title()).isEqualTo("Send 1 proposal to 1 mentor?");
        assertThat(asked.consequences()).containsExactly("Each of the 1 mentor gets an e-mail naming their proposed"
                        + " mentees and asking them to accept or decline within 1 day. The mentors: Dr. A.",
                "You can withdraw a proposal until its mentor answers it, but an e-mail that went out cannot be called back.");
        assertThat(asked.confirmLabel()).isEqualTo("Send 1 proposal");
    }

    @Test
    void sendingManyProposalsCountsThemWithoutSeparatorsAndNamesNoMentorBeyondTwelve() {
        List<String> mentors = IntStream.rangeClosed(1, 13).mapToObj(i -> "Dr. " + i).toList();
        Confirmation asked = ProposalConfirmations.sending(CATALOGUE, consequence(1234, 1234, mentors, 0), 14);

        assertThat(asked.title()).isEqualTo("Send 1234 proposals to 13 mentors?");
        assertThat(asked.consequences().get(0)).isEqualTo("Each of the 13 mentors gets an e-mail naming their proposed"
                + " mentees and asking them to accept or decline within 14 days.");
        assertThat(asked.confirmLabel()).isEqualTo("Send 1234 proposals");
    }

    @Test
    void publishingOverOpenProposalsQuotesTheReason() {
        ActionConsequence c = consequence(2, 2, List.of("Dr. A", "Dr. B"), 1);
        Confirmation one = ProposalConfirmations.publishing(CATALOGUE, c, new PublishForm(true, " On leave "));
        Confirmation three = ProposalConfirmations.publishing(CATALOGUE, consequence(2, 2, List.of("Dr. A"), 3),
                new PublishForm(true, "Late"));

        assertThat(one.title()).isEqualTo("Publish 2 pairings of Internal Medicine 2026–2027?");
        assertThat(one.consequences()).containsExactly(
                "Every resident and mentor is told their pairing by e-mail: 2 residents and 2 mentors.",
                "1 proposal still waits for the mentor and is published anyway; your reason is logged: “On leave”.",
                "The pairings appear on the published page and the mentoring year starts. This cannot be undone.");
        assertThat(one.confirmLabel()).isEqualTo("Publish 2 pairings");
        assertThat(three.consequences()).contains("Every resident and mentor is told their pairing by e-mail: 2 residents"
                + " and 1 mentor.", "3 proposals still wait for the mentor and are published anyway; your reason is"
                + " logged: “Late”.");
    }

    @Test
    void withdrawingAllNamesTheMentorsWhoAreTold() {
        Confirmation asked = ProposalConfirmations.withdrawingAll(CATALOGUE,
                consequence(3, 3, List.of("Dr. A", "Dr. B", "Dr. C"), 0));

        assertThat(asked.title()).isEqualTo("Withdraw 3 proposals no mentor has answered?");
        assertThat(asked.consequences()).containsExactly("Each of the 3 mentors gets an e-mail that the proposal need"
                        + " not be answered. The mentors: Dr. A, Dr. B and Dr. C.",
                "The pairings return to your review as drafts; send them again when they are ready. Answered proposals"
                        + " stay as they are.");
        assertThat(asked.confirmLabel()).isEqualTo("Withdraw 3 proposals");
    }

    private static ActionConsequence consequence(int pairings, int residents, List<String> mentors, int unanswered) {
        return new ActionConsequence(7L, "Internal Medicine", "2026–2027", pairings, residents, mentors, unanswered);
    }

    private static MessageSource catalogue() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
