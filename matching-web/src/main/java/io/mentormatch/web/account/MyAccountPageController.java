package io.mentormatch.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.mentormatch.api.account.RosterLinks;

/** The signed-in person's own account: who they are here, and the rosters they are on. */
@Controller
class MyAccountPageController {

    private final RosterLinks links;

    MyAccountPageController(RosterLinks links) {
        this.links = links;
    }

    @GetMapping("/account")
    String mine(Model model) {
        model.addAttribute("memberships", links.mine());
        return "account/mine";
    }
}
