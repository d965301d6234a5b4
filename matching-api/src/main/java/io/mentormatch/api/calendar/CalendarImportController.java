package io.mentormatch.api.calendar;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class CalendarImportController {

    private static final String PATH = "/api/cohorts/{cohortId}/availability-from-calendar";

    private final AvailabilityFromCalendar availability;

    CalendarImportController(AvailabilityFromCalendar availability) {
        this.availability = availability;
    }

    @Operation(summary = "Propose weekly availability from an uploaded calendar", description = "Reads the busy time"
            + " of an .ics file (at most 2 MB) over the next 8 weeks in the program's zone and answers the weekly"
            + " hours it leaves free; nothing is saved.")
    @PostMapping(path = PATH + "/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AvailabilityProposal fromFile(@PathVariable long cohortId, @RequestPart("file") MultipartFile file) throws IOException {
        AvailabilityFromCalendar.checkFileSize(file.getSize());
        return availability.fromFile(cohortId, file.getBytes());
    }

    @Operation(summary = "Propose weekly availability from a calendar's address", description = "Fetches a published"
            + " calendar from an https address (public addresses only, no redirects, at most 2 MB and 15 seconds) and"
            + " answers the weekly hours it leaves free over the next 8 weeks; nothing is saved.")
    @PostMapping(path = PATH + "/url", consumes = MediaType.APPLICATION_JSON_VALUE)
    AvailabilityProposal fromAddress(@PathVariable long cohortId, @Valid @RequestBody CalendarAddress address) {
        return availability.fromAddress(cohortId, address.url());
    }
}
