package io.mentormatch.web.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import io.mentormatch.api.calendar.CalendarFeeds;
import io.mentormatch.api.calendar.CreatedCalendarFeed;

/**
 * Every person's "Calendar" page (issue 23): their private calendar address, shown once when it is made, with the
 * steps to subscribe in Outlook and Google; replacing and revoking it each ask first on a page of their own (no
 * script needed under the strict CSP), since the old address then stops working in every calendar.
 */
@Controller
class CalendarPageController {

    private final CalendarFeeds feeds;

    CalendarPageController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/account/calendar")
    String page(Model model) {
        return page(model, null);
    }

    /** Makes the first address; with one already live, asks first as replacing does. */
    @PostMapping("/account/calendar")
    String create(Model model, HttpServletResponse response) {
        if (feeds.mine().active()) {
            return "redirect:/account/calendar/replace";
        }
        return created(model, response);
    }

    @GetMapping("/account/calendar/replace")
    String confirmReplace(Model model) {
        if (!feeds.mine().active()) {
            return "redirect:/account/calendar";
        }
        model.addAttribute("replace", true);
        return "account/calendar-confirm";
    }

    @PostMapping("/account/calendar/replace")
    String replace(Model model, HttpServletResponse response) {
        return created(model, response);
    }

    @GetMapping("/account/calendar/revoke")
    String confirmRevoke(Model model) {
        if (!feeds.mine().active()) {
            return "redirect:/account/calendar";
        }
        model.addAttribute("replace", false);
        return "account/calendar-confirm";
    }

    @PostMapping("/account/calendar/revoke")
    String revoke() {
        if (feeds.mine().active()) {
            feeds.revoke();
        }
        return "redirect:/account/calendar?revoked";
    }

    private String created(Model model, HttpServletResponse response) {
        CreatedCalendarFeed created = feeds.create();
        // the address is in this answer only: never cached on the way, nor by the browser's back button
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return page(model, created);
    }

    private String page(Model model, CreatedCalendarFeed created) {
        model.addAttribute("feed", feeds.mine());
        model.addAttribute("created", created);
        return "account/calendar";
    }
}
