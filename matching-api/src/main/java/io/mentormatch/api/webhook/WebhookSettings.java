package io.mentormatch.api.webhook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.cohort.ProgramNotFound;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.problem.FieldProblem;

/**
 * A program's Teams or Slack webhook, for its directors and the administrators: set it, choose the events, send a
 * test message, read the delivery log. The address is written once and then only shown masked.
 */
@Service
public class WebhookSettings {

    /** The delivery log the settings page shows: enough to see a recent failure and that it recovered. */
    static final int LOG_LINES = 20;

    private final ProgramWebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAddresses addresses;
    private final WebhookCipher cipher;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ProgramService programs;
    private final Clock clock;
    private final String publicUrl;

    WebhookSettings(ProgramWebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookAddresses addresses,
                    WebhookCipher cipher, AuditLog audit, CurrentActor actor, ProgramService programs, Clock clock,
                    @Value("${mentormatch.public-url:http://localhost:8080}") String publicUrl) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.cipher = cipher;
        this.audit = audit;
        this.actor = actor;
        this.programs = programs;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @PreAuthorize("@access.canManageProgram(#programId)")
    @Transactional(readOnly = true)
    public WebhookSettingsView view(long programId) {
        requireProgram(programId);
        List<DeliveryView> log = deliveries.findByProgramIdOrderByIdDesc(programId, PageRequest.of(0, LOG_LINES))
                .stream().map(WebhookDeliveryEntity::view).toList();
        return webhooks.findById(programId)
                .map(w -> new WebhookSettingsView(programId, true, w.getService(), w.getUrlMasked(), w.events(),
                        w.getUpdatedAt(), log))
                .orElseGet(() -> new WebhookSettingsView(programId, false, null, null, Set.of(), null, log));
    }

    @PreAuthorize("@access.canManageProgram(#programId)")
    @Transactional
    public WebhookSettingsView change(long programId, WebhookSettingsRequest request) {
        requireProgram(programId);
        ProgramWebhookEntity webhook = webhooks.findById(programId).orElseGet(() -> new ProgramWebhookEntity(programId));
        // only a field left empty keeps the saved address; spaces pasted into it are an address, and a wrong one
        boolean newAddress = request.url() != null && !request.url().isEmpty();
        List<FieldProblem> problems = new ArrayList<>();
        if (newAddress) {
            addresses.problem(request.url()).ifPresent(p -> problems.add(FieldProblem.of("url", p)));
        } else if (!webhook.hasAddress()) {
            problems.add(FieldProblem.of("url", "Enter the webhook address that Slack or Teams gave you."));
        }
        if (request.events().contains(WebhookEvent.TEST_MESSAGE)) {
            problems.add(FieldProblem.of("events", "Choose among the events; the test message has its own button."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWebhookSettings(problems);
        }
        Audited before = webhook.hasAddress() ? Audited.of(webhook) : null;
        if (newAddress) {
            webhook.address(cipher.encrypt(programId, request.url().strip()), WebhookAddresses.masked(request.url()));
        }
        Set<WebhookEvent> events = request.events().isEmpty() ? Set.of() : EnumSet.copyOf(request.events());
        webhook.change(request.service(), events, clock.instant(), actor.name());
        ProgramWebhookEntity saved = webhooks.saveAndFlush(webhook);
        audit.record("webhook.changed", "program-webhook", programId, null, before, Audited.of(saved));
        return view(programId);
    }

    /** Stops the messages and forgets the address; the delivery log stays. */
    @PreAuthorize("@access.canManageProgram(#programId)")
    @Transactional
    public void remove(long programId) {
        requireProgram(programId);
        webhooks.findById(programId).ifPresent(webhook -> {
            webhooks.delete(webhook);
            audit.record("webhook.removed", "program-webhook", programId, null, Audited.of(webhook), null);
        });
    }

    /** Queues a test message in the outbox like any other, so its outcome shows in the delivery log. */
    @PreAuthorize("@access.canManageProgram(#programId)")
    @Transactional
    public DeliveryView sendTest(long programId) {
        requireProgram(programId);
        if (webhooks.findById(programId).isEmpty()) {
            throw new WebhookNotSet(programId);
        }
        WebhookMessage message = new WebhookMessage("Test message from Mentor matching",
                "This channel will hear about the program's mentoring as its director chose.", publicUrl + "/dashboard");
        return deliveries.save(new WebhookDeliveryEntity(programId, WebhookEvent.TEST_MESSAGE, message, clock.instant()))
                .view();
    }

    /** An administrator may name any program id: one that does not exist is a 404, not a database error. */
    private void requireProgram(long programId) {
        if (!programs.exists(programId)) {
            throw new ProgramNotFound(programId);
        }
    }

    /** What the audit keeps of a webhook: never the address, which is a secret. */
    record Audited(ChatApp service, String maskedUrl, Set<WebhookEvent> events) {

        static Audited of(ProgramWebhookEntity webhook) {
            return new Audited(webhook.getService(), webhook.getUrlMasked(), webhook.events());
        }
    }
}
