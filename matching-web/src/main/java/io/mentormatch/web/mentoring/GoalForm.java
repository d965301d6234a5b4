package io.mentormatch.web.mentoring;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import io.mentormatch.api.goal.Competency;
import io.mentormatch.api.goal.GoalRequest;
import io.mentormatch.api.goal.GoalStatus;

/** "Add a goal": the API record checks it. */
record GoalForm(String text, Competency competency, GoalStatus status,
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate) {

    GoalRequest toRequest() {
        return new GoalRequest(text, competency, status, targetDate);
    }
}
