package io.mentormatch.web.mentoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import io.mentormatch.api.meeting.MeetingFormat;
import io.mentormatch.api.meeting.NewMeeting;

/** "Log a meeting": the listed topics ticked, the pair's own topics comma-separated, and a private note. */
record MeetingForm(@NotNull(message = "Please give the date you met.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @NotNull(message = "Please say how many minutes you met.") Integer minutes,
                   @NotNull(message = "Please choose how you met.") MeetingFormat format,
                   List<String> topics, String otherTopics, String note) {

    NewMeeting toMeeting() {
        List<String> all = new java.util.ArrayList<>(topics == null ? List.of() : topics);
        if (otherTopics != null) {
            Arrays.stream(otherTopics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(all::add);
        }
        return new NewMeeting(date, minutes, format, all, note);
    }
}
