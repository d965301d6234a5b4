package io.mentormatch.web.demo;

import java.util.List;

/** A demo sign-in printed at start-up and listed in the README. Demo passwords exist only in the demo. */
record DemoLogin(String role, String username, String who) {

    static final List<DemoLogin> ALL = List.of(
            new DemoLogin("ADMIN", "admin", "sees every program"),
            new DemoLogin("DIRECTOR", "im.director", "Internal Medicine (open for preferences)"),
            new DemoLogin("DIRECTOR", "peds.director", "Pediatrics (matched, proposals sent to mentors)"),
            new DemoLogin("RESIDENT", "resident", "an Internal Medicine resident who has not filled in the form"),
            new DemoLogin("MENTOR", "mentor", "a Pediatrics mentor with proposed mentees to answer"),
            new DemoLogin("DIRECTOR", "gs.director", "General Surgery (published four months ago: health, change requests)"),
            new DemoLogin("RESIDENT", "gs.resident", "a General Surgery resident who has met their mentor twice"),
            new DemoLogin("MENTOR", "gs.mentor", "that resident's mentor, with a meeting and a survey to answer"));
}
