package io.mentormatch.web.system;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import io.mentormatch.api.calendar.AvailabilityFromCalendar;
import io.mentormatch.api.calendar.AvailabilityProposal;
import io.mentormatch.api.calendar.UnreadableCalendar;

/**
 * "Fill in from my calendar" (issue 23), as the resident's preference form and the mentor's profile both offer it:
 * the page that asks for a calendar file or address, and the proposal read from it, which the form then shows unsaved
 * (as {@code fromCalendar}) until its owner saves it.
 */
@Component
public class CalendarImport {

    /** The words and links of the import page for one form. */
    public record Form(String words, String action, String back) {

        /** The resident's preference form: the {@code preference.calendar.*} words. */
        public static Form preferences(long cohortId) {
            return new Form("preference", "/preferences/" + cohortId + "/calendar", "/preferences/" + cohortId);
        }

        /** The mentor's profile: the {@code mentor.calendar.*} words where they differ. */
        public static Form profile(long cohortId) {
            return new Form("mentor", "/inbox/" + cohortId + "/calendar", "/inbox/" + cohortId + "#profile");
        }
    }

    private final AvailabilityFromCalendar calendars;

    CalendarImport(AvailabilityFromCalendar calendars) {
        this.calendars = calendars;
    }

    /** The import page, empty. */
    public String ask(Form form, Model model) {
        return page(form, "", Map.of(), model);
    }

    /**
     * Reads the calendar and shows the form with the proposal ({@code proposed}); when the calendar cannot be read,
     * the import page again with the field's message and a 400.
     */
    public String read(Form form, long cohortId, MultipartFile file, String url, Model model,
                       HttpServletResponse response, Function<AvailabilityProposal, String> proposed) throws IOException {
        AvailabilityProposal proposal;
        try {
            proposal = calendars.propose(cohortId, file == null ? null : file.getBytes(), url);
        } catch (UnreadableCalendar e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(form, url == null ? "" : url, Map.of(e.errors().get(0).field(), e.sentence()), model);
        }
        model.addAttribute("fromCalendar", proposal);
        return proposed.apply(proposal);
    }

    private static String page(Form form, String url, Map<String, String> errors, Model model) {
        model.addAttribute("calendarForm", form);
        model.addAttribute("url", url);
        model.addAttribute("errors", errors);
        return "preference/calendar";
    }
}
