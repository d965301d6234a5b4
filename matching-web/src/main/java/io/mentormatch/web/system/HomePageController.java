package io.mentormatch.web.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.account.UserView;

/** Sends each person to the page of their role after signing in. */
@Controller
class HomePageController {

    private final UserAccounts accounts;

    HomePageController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home() {
        UserView me = accounts.me();
        return switch (me.role()) {
            case ADMIN, DIRECTOR -> "redirect:/dashboard";
            case MENTOR -> "redirect:/inbox";
            case RESIDENT -> "redirect:/preferences";
        };
    }
}
