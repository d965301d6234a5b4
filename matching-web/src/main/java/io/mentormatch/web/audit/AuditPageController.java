package io.mentormatch.web.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.mentormatch.api.audit.AuditActions;
import io.mentormatch.api.audit.AuditSearch;
import io.mentormatch.api.problem.InvalidInput;
import io.mentormatch.web.system.FormErrors;

/**
 * The audit log for directors (their program's cohorts) and administrators (everything): filters, pages of 50, and
 * the filtered entries as CSV (the API's download, with the same filters). {@link AuditSearch} decides the scope.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;

    private final AuditSearch search;

    AuditPageController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    String log(@Valid @ModelAttribute("filter") AuditPageForm filter, BindingResult binding, Model model,
               HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding);
        AuditPageForm shown = errors.isEmpty() ? filter : AuditPageForm.NONE;
        if (errors.isEmpty()) {
            try {
                model.addAttribute("entries", search.page(shown.toFilter(), PageRequest.of(shown.pageNumber(), PAGE_SIZE)));
            } catch (InvalidInput e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            shown = AuditPageForm.NONE;
            model.addAttribute("entries", search.page(shown.toFilter(), PageRequest.of(0, PAGE_SIZE)));
        }
        model.addAttribute("filter", errors.isEmpty() ? filter : AuditPageForm.NONE);
        model.addAttribute("errors", errors.messages());
        model.addAttribute("actions", actionsInWords());
        return "audit/log";
    }

    private Map<String, String> actionsInWords() {
        Map<String, String> words = new LinkedHashMap<>();
        search.actions().forEach(action -> words.put(action, AuditActions.words(action)));
        return words;
    }
}
