package io.mentormatch.web.mentoring;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.mentormatch.api.cadence.MeetingSeries;
import io.mentormatch.api.cadence.NoCommonHours;
import io.mentormatch.web.system.Phrases;

/**
 * The pair's meeting series as a calendar file, from the page: a pair without a common weekly hour reads why on
 * the error page (the API would answer a JSON problem, which a browser shows raw).
 */
@Controller
class MeetingCalendarPageController {

    private final MeetingSeries series;
    private final MessageSource messages;

    MeetingCalendarPageController(MeetingSeries series, MessageSource messages) {
        this.series = series;
        this.messages = messages;
    }

    @GetMapping("/mentoring/{cohortId}/pairings/{pairingId}/meetings.ics")
    Object calendar(@PathVariable long cohortId, @PathVariable long pairingId, Model model,
                    HttpServletResponse response) {
        try {
            byte[] body = series.calendar(cohortId, pairingId).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("meetings-" + pairingId + ".ics").build().toString())
                    .body(body);
        } catch (NoCommonHours e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("status", HttpStatus.CONFLICT.value());
            model.addAttribute("title", Phrases.say(messages, "notice.calendar.noSeries"));
            model.addAttribute("detail", e.getMessage() + ".");
            return "error";
        }
    }
}
