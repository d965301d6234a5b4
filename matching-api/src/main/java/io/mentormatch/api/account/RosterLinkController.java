package io.mentormatch.api.account;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.mentormatch.api.access.Role;

/**
 * The roster people an account is, the administrator's link between an account and a roster person, and the account
 * a director or administrator creates for a roster person.
 */
@RestController
class RosterLinkController {

    private final RosterLinks links;
    private final RosterAccounts rosterAccounts;

    RosterLinkController(RosterLinks links, RosterAccounts rosterAccounts) {
        this.links = links;
        this.rosterAccounts = rosterAccounts;
    }

    @Operation(summary = "The caller's roster memberships", description = "Program, cohort, role and name on the roster.")
    @GetMapping("/api/me/memberships")
    List<RosterMember> mine() {
        return links.mine();
    }

    @Operation(summary = "An account's roster memberships", description = "For administrators, and for a director "
            + "the accounts they manage (404 for others).")
    @GetMapping("/api/users/{username}/memberships")
    List<RosterMember> of(@PathVariable String username) {
        return links.of(username);
    }

    @Operation(summary = "Roster people an account may be linked to (administrators)", description = "Unlinked "
            + "people on the rosters of the account's role whose name or e-mail contains q; without q, those whose "
            + "roster e-mail is the account's.")
    @GetMapping("/api/users/{username}/link-candidates")
    List<RosterMember> candidates(@PathVariable String username,
                                  @RequestParam(required = false) @Size(max = 200) String q) {
        return links.candidates(username, q);
    }

    @Operation(summary = "Link an account to a roster person (administrators)", description = "The roster person "
            + "(cohortId and code, on the roster of the account's role) must be unlinked, and the account on no other "
            + "program's roster: 409 otherwise, 404 for an unknown person. Audited under the cohort. Answers the "
            + "account's memberships.")
    @PostMapping(path = "/api/users/{username}/memberships", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<RosterMember> link(@PathVariable String username, @Valid @RequestBody RosterLink link) {
        return links.link(username, link);
    }

    @Operation(summary = "Create the account of a resident on a roster (directors and administrators)",
            description = "For a resident of the caller's own program: a resident's account, linked to the roster "
                    + "person, and an e-mail inviting them to set a password. 404 for an unknown resident, 409 when "
                    + "they have an account or no e-mail address, or an account with their e-mail may not be linked.")
    @PostMapping("/api/cohorts/{cohortId}/residents/{code}/account")
    @ResponseStatus(HttpStatus.CREATED)
    UserView residentAccount(@PathVariable long cohortId, @PathVariable String code) {
        return rosterAccounts.create(cohortId, Role.RESIDENT, code);
    }

    @Operation(summary = "Create the account of a mentor on a roster (directors and administrators)",
            description = "As for a resident: a mentor's account, linked, with an invitation by e-mail.")
    @PostMapping("/api/cohorts/{cohortId}/mentors/{code}/account")
    @ResponseStatus(HttpStatus.CREATED)
    UserView mentorAccount(@PathVariable long cohortId, @PathVariable String code) {
        return rosterAccounts.create(cohortId, Role.MENTOR, code);
    }
}
