package io.mentormatch.web.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.mentormatch.api.access.AccessPolicy;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.api.problem.StateConflict;
import io.mentormatch.api.token.ApiTokens;
import io.mentormatch.api.token.CreatedApiToken;
import io.mentormatch.web.system.FormErrors;

/**
 * Every person's "API tokens" page (issue 19): their tokens, a form for a new one, whose secret the answer shows
 * once and never again, and revoking one after a page that asks first (no script needed under the strict CSP).
 * An administrator may also make the token of an identity provider's SCIM provisioning (issue 23); the API refuses it
 * to everyone else, which the form shows beside the access it offers.
 */
@Controller
class TokenPageController {

    private final ApiTokens tokens;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final String scimUrl;

    TokenPageController(ApiTokens tokens, AccessPolicy access, MessageSource messages,
                        @Value("${mentormatch.public-url:http://localhost:8080}") String publicUrl) {
        this.tokens = tokens;
        this.access = access;
        this.messages = messages;
        this.scimUrl = publicUrl.replaceAll("/+$", "") + "/scim/v2";
    }

    @GetMapping("/account/tokens")
    String page(Model model) {
        return page(model, TokenForm.EMPTY, Map.of(), null);
    }

    @PostMapping("/account/tokens")
    String create(@Valid @ModelAttribute TokenForm form, BindingResult result, Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.of(result);
        if (errors.isEmpty()) {
            try {
                CreatedApiToken created = tokens.create(form.toRequest());
                // the secret is in this answer only: never cached on the way, nor by the browser's back button
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
                return page(model, TokenForm.EMPTY, Map.of(), created);
            } catch (InvalidInput e) {
                errors.add(e);
            } catch (StateConflict e) {
                errors.add("name", e.getMessage());
            } catch (AccessDeniedException e) {
                // only an administrator may give an identity provider its token
                errors.add("scope", messages.getMessage("tokens.scim.refused", null, LocaleContextHolder.getLocale()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, form, errors.messages(), null);
    }

    @GetMapping("/account/tokens/{tokenId}/revoke")
    String confirmRevoke(@PathVariable long tokenId, Model model) {
        model.addAttribute("token", tokens.mine(tokenId));
        return "account/token-revoke";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId) {
        tokens.revoke(tokenId);
        return "redirect:/account/tokens?revoked";
    }

    private String page(Model model, TokenForm form, Map<String, String> errors, CreatedApiToken created) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        model.addAttribute("mayProvision", access.isAdmin());
        model.addAttribute("scimUrl", scimUrl);
        return "account/tokens";
    }
}
