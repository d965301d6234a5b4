package io.mentormatch.web.webhook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.webhook.ChatApp;
import io.mentormatch.api.webhook.WebhookEvent;
import io.mentormatch.api.webhook.WebhookNotSet;
import io.mentormatch.api.webhook.WebhookSettings;
import io.mentormatch.api.webhook.WebhookSettingsView;
import io.mentormatch.web.system.Confirmation;
import io.mentormatch.web.system.FormErrors;

/**
 * A program's "Teams and Slack" settings (issue 23): the address (shown masked once saved), the events, a test
 * message, and the delivery log. Directors of the program and administrators.
 */
@Controller
class WebhookPageController {

    private final WebhookSettings settings;
    private final MessageSource messages;

    WebhookPageController(WebhookSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/webhook")
    String page(@PathVariable long programId, Model model) {
        WebhookSettingsView view = settings.view(programId);
        WebhookForm form = new WebhookForm(view.configured() ? view.service() : ChatApp.SLACK, "",
                view.configured() ? view.events() : Set.of(WebhookEvent.PAIRING_AT_RISK, WebhookEvent.CHANGE_REQUEST,
                        WebhookEvent.DECLINE, WebhookEvent.RUN_FINISHED, WebhookEvent.SURVEY_CLOSING));
        return page(model, view, form, Map.of());
    }

    @PostMapping("/programs/{programId}/webhook")
    String save(@PathVariable long programId, @Valid @ModelAttribute WebhookForm form, BindingResult result, Model model,
                HttpServletResponse response) {
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty()) {
            try {
                settings.change(programId, form.toRequest());
                return "redirect:/programs/" + programId + "/webhook?saved";
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, settings.view(programId), form, errors.messages());
    }

    @PostMapping("/programs/{programId}/webhook/test")
    String test(@PathVariable long programId, Model model, Locale locale, HttpServletResponse response) {
        try {
            settings.sendTest(programId);
            return "redirect:/programs/" + programId + "/webhook?tested";
        } catch (WebhookNotSet e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            WebhookSettingsView view = settings.view(programId);
            return page(model, view, new WebhookForm(ChatApp.SLACK, "", Set.of()),
                    Map.of("url", messages.getMessage("webhook.page.test.notSet", null, locale)));
        }
    }

    /** Asks once more, then forgets the address; the delivery log stays. */
    @PostMapping("/programs/{programId}/webhook/remove")
    String remove(@PathVariable long programId, Model model, Locale locale,
                  @RequestParam(name = Confirmation.FIELD, defaultValue = "") String confirmed) {
        WebhookSettingsView view = settings.view(programId);
        if (!view.configured()) {
            return "redirect:/programs/" + programId + "/webhook";
        }
        if (!Confirmation.given(confirmed)) {
            String service = messages.getMessage("webhook.service." + view.service().name(), null, locale);
            String back = "/programs/" + programId + "/webhook";
            return new Confirmation(messages.getMessage("webhook.remove.title", new Object[] {service}, locale),
                    List.of(messages.getMessage("webhook.remove.silence", new Object[] {service}, locale),
                            messages.getMessage("webhook.remove.forget", null, locale),
                            messages.getMessage("webhook.remove.log", null, locale)),
                    back + "/remove", Map.of(), messages.getMessage("webhook.remove.confirm", null, locale), back, null)
                    .show(model);
        }
        settings.remove(programId);
        return "redirect:/programs/" + programId + "/webhook?removed";
    }

    private static String page(Model model, WebhookSettingsView view, WebhookForm form, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", WebhookEvent.values());
        return "webhook/settings";
    }
}
