package io.mentormatch.web.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.mentormatch.api.start.StartService;

/** Sends each person, after signing in and at "/", to the page their stage needs ({@link StartService} decides). */
@Controller
class HomePageController {

    private final StartService start;

    HomePageController(StartService start) {
        this.start = start;
    }

    @GetMapping("/")
    String home() {
        return switch (start.mine().destination()) {
            case DASHBOARD -> "redirect:/dashboard";
            case MENTORING -> "redirect:/mentoring";
            case INBOX -> "redirect:/inbox";
            case PREFERENCES -> "redirect:/preferences";
        };
    }
}
