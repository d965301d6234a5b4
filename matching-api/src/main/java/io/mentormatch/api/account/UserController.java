package io.mentormatch.api.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.access.Role;

@RestController
class UserController {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final int MAX_PAGE_SIZE = 100;

    private final UserAccounts accounts;
    private final AccountDirectory directory;
    private final PasswordResets resets;

    UserController(UserAccounts accounts, AccountDirectory directory, PasswordResets resets) {
        this.accounts = accounts;
        this.directory = directory;
        this.resets = resets;
    }

    @GetMapping("/api/me")
    UserView me() {
        return accounts.me();
    }

    @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user) {
        return accounts.create(user);
    }

    /** The accounts the caller manages: every account for admins, their program's residents and mentors for directors. */
    @Operation(summary = "List and search accounts", description = "Paged, sorted by username. Admins see every "
            + "account; a director sees the residents and mentors on the rosters of their own program.")
    @GetMapping("/api/users")
    PagedModel<UserView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                              @RequestParam(required = false) @Size(max = 200) String q,
                              @RequestParam(required = false) Role role,
                              @RequestParam(required = false) @Positive Long programId,
                              @RequestParam(required = false) Boolean enabled) {
        return new PagedModel<>(directory.search(new AccountSearch(q, role, programId, enabled), PageRequest.of(page, size)));
    }

    @Operation(summary = "Change an account (JSON merge patch)", description = "Fields enabled, role, programId, "
            + "displayName, email; a field left out stays as it is, null removes programId or email. Disabling, a new "
            + "role or a new program ends the account's open sessions. Unknown fields and wrong types are 400.")
    @PatchMapping(path = "/api/users/{username}", consumes = MERGE_PATCH)
    UserView update(@PathVariable String username, @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(mediaType = MERGE_PATCH, examples = @ExampleObject("{\"enabled\": false, \"role\": \"MENTOR\"}")))
            @RequestBody JsonNode patch) {
        return accounts.update(username, AccountPatch.from(patch));
    }

    @Operation(summary = "Reset a password", description = "Mails the account's owner a single-use link to set a "
            + "new password (valid 72 hours); the caller never sees it. Earlier links stop working. 409 when the "
            + "account has no e-mail address (an administrator can give a temporary password instead).")
    @PostMapping("/api/users/{username}/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PasswordLinkSent resetPassword(@PathVariable String username) {
        return resets.sendLink(username);
    }

    /** The temporary password is in this answer only: it must never be cached on the way. */
    @Operation(summary = "Reveal a temporary password (administrators)", description = "For a person without e-mail "
            + "only: answers a temporary password, once, that expires after 72 hours; the user must change it (POST "
            + "/api/me/password) before anything else. Ends the account's open sessions. 409 when the account has an "
            + "e-mail address.")
    @PostMapping("/api/users/{username}/temporary-password")
    ResponseEntity<TemporaryPassword> temporaryPassword(@PathVariable String username) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(resets.revealTemporaryPassword(username));
    }

    @Operation(summary = "Set a password from a mailed link", description = "Needs no sign-in: the link's token is "
            + "the proof. Works once, within 72 hours; 404 for an unknown link, 409 for a used or expired one, 400 "
            + "when the password breaks the policy. The account's open sessions end.")
    @PostMapping(path = "/api/password-links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setPasswordByLink(@Valid @RequestBody NewPasswordByLink request) {
        resets.setPassword(request);
    }

    @Operation(summary = "Change one's own password", description = "The current password is required; the new one "
            + "must meet the password policy. The account's other sessions end.")
    @PostMapping(path = "/api/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange change) {
        accounts.changeOwnPassword(change);
    }
}
