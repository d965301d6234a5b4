package io.mentormatch.api.webhook;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.notification.ProgramNotice;

/**
 * Turns a program notice into a message in the webhook outbox, in the transaction of the change it reports (as the
 * mail outbox does): a change that rolls back posts nothing, and a committed one never loses its message. A channel
 * is the program's team, not only its directors: a message names who, links to the page that says more, and never
 * carries a reason, a survey answer or what anyone wrote.
 */
@Component
class WebhookNotices {

    private final ProgramWebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;
    private final String publicUrl;

    WebhookNotices(ProgramWebhookRepository webhooks, WebhookDeliveryRepository deliveries, Clock clock,
                   @Value("${mentormatch.public-url:http://localhost:8080}") String publicUrl) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ProgramNotice notice) {
        WebhookEvent event = eventOf(notice);
        webhooks.findById(notice.programId()).filter(webhook -> webhook.hears(event)).ifPresent(webhook ->
                deliveries.save(new WebhookDeliveryEntity(notice.programId(), event, message(notice), clock.instant())));
    }

    /** Java 17 has no pattern switch: the notices are told apart one by one, the sealed interface lists them all. */
    private WebhookEvent eventOf(ProgramNotice notice) {
        if (notice instanceof ProgramNotice.PairingAtRisk) {
            return WebhookEvent.PAIRING_AT_RISK;
        } else if (notice instanceof ProgramNotice.ChangeRequested) {
            return WebhookEvent.CHANGE_REQUEST;
        } else if (notice instanceof ProgramNotice.ProposalDeclined) {
            return WebhookEvent.DECLINE;
        } else if (notice instanceof ProgramNotice.SurveyClosing) {
            return WebhookEvent.SURVEY_CLOSING;
        }
        return WebhookEvent.RUN_FINISHED;
    }

    private WebhookMessage message(ProgramNotice notice) {
        String cohort = publicUrl + "/cohorts/" + notice.cohortId();
        if (notice instanceof ProgramNotice.PairingAtRisk n) {
            return new WebhookMessage("A pairing is at risk in " + n.cohortName(), "The pairing of " + n.resident()
                    + " with " + n.mentor() + " is at risk. The health dashboard says why and what to do next.",
                    cohort + "/health");
        } else if (notice instanceof ProgramNotice.ChangeRequested n) {
            return new WebhookMessage("Change of mentor requested in " + n.cohortName(),
                    "A change of mentor was requested for the pairing of " + n.resident() + " with " + n.mentor()
                            + ". The program director reads the request and decides.", cohort + "/change-requests");
        } else if (notice instanceof ProgramNotice.ProposalDeclined n) {
            return new WebhookMessage("A proposal was declined in " + n.cohortName(), n.mentor() + " declined to mentor "
                    + n.resident() + ". " + n.resident() + " is being matched with another mentor.", cohort + "/proposals");
        } else if (notice instanceof ProgramNotice.SurveyClosing n) {
            String counts = n.answered() == null
                    ? ". The counts are left out while they are few enough to point at one person."
                    : ": " + n.answered() + " of " + n.asked() + " answered.";
            return new WebhookMessage("The " + n.survey() + " survey of " + n.cohortName() + " closes soon",
                    "The " + n.survey() + " survey of " + n.cohortName() + " closes on " + n.closesOn() + counts,
                    cohort + "/surveys");
        }
        ProgramNotice.RunFinished n = (ProgramNotice.RunFinished) notice;
        return n.succeeded()
                ? new WebhookMessage("Matching finished for " + n.cohortName(),
                        "A matching run of " + n.cohortName() + " finished with a result to review.", cohort + "/runs")
                : new WebhookMessage("Matching failed for " + n.cohortName(),
                        "A matching run of " + n.cohortName() + " ended without a result. The runs page says why.",
                        cohort + "/runs");
    }
}
