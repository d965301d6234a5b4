package io.mentormatch.api.calendar;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class CalendarImportController {

    private final AvailabilityFromCalendar availability;

    CalendarImportController(AvailabilityFromCalendar availability) {
        this.availability = availability;
    }

    @Operation(summary = "Propose weekly availability from a calendar", description = "A form with either 'file', an"
            + " .ics file of at most 2 MB, or 'url', the https address of a published calendar (public addresses only,"
            + " no redirects, at most 2 MB and 15 seconds). Reads its busy time over the next 8 weeks in the program's"
            + " zone and answers the weekly hours it leaves free; nothing is saved.")
    @PostMapping(path = "/api/cohorts/{cohortId}/availability-from-calendar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AvailabilityProposal propose(@PathVariable long cohortId, @RequestPart(name = "file", required = false) MultipartFile file,
                                 @RequestParam(name = "url", required = false) String url) throws IOException {
        return availability.propose(cohortId, file == null ? null : file.getBytes(), url);
    }
}
