package io.mentormatch.api.scim;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SCIM Users (RFC 7644 §3). Bodies are text read and written by UnboundID's mapper ({@link ScimJson}); every answer
 * is {@code application/scim+json}, with the User's version as its ETag.
 */
@Tag(name = "SCIM provisioning", description = "SCIM 2.0 for identity providers; a token of scope scim only")
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUserController {

    private final ScimUsers users;

    ScimUserController(ScimUsers users) {
        this.users = users;
    }

    @Operation(summary = "List or find Users", description = "filter: only userName eq \"...\"; startIndex from 1, "
            + "count at most 100.")
    @GetMapping
    ResponseEntity<String> list(@RequestParam(required = false) String filter,
                                @RequestParam(required = false) Integer startIndex,
                                @RequestParam(required = false) Integer count) throws ScimException {
        return ScimJson.ok(users.list(filter, startIndex, count));
    }

    @Operation(summary = "Read a User")
    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable String id,
                               @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws ScimException {
        UserResource user = users.get(id);
        if (user.getMeta().getVersion().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(user.getMeta().getVersion()).build();
        }
        return withVersion(ScimJson.ok(user), user);
    }

    @Operation(summary = "Create a User", description = "An account without a password (single sign-on), linked to "
            + "the roster person with its e-mail address; userType Resident (the default) or Mentor.")
    @PostMapping
    ResponseEntity<String> create(@RequestBody(required = false) String body) throws ScimException {
        UserResource user = users.create(UserSchema.read(body));
        return ResponseEntity.created(user.getMeta().getLocation()).eTag(user.getMeta().getVersion())
                .contentType(ScimJson.SCIM).body(ScimJson.write(user));
    }

    @Operation(summary = "Replace a User", description = "active false disables the account and ends its sessions.")
    @PutMapping("/{id}")
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody(required = false) String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws ScimException {
        UserResource user = users.replace(id, UserSchema.read(body), ifMatch);
        return withVersion(ScimJson.ok(user), user);
    }

    @Operation(summary = "Change a User", description = "SCIM PATCH operations; active false disables the account.")
    @PatchMapping("/{id}")
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody(required = false) String body,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws ScimException {
        UserResource user = users.patch(id, ScimJson.read(body, PatchRequest.class), ifMatch);
        return withVersion(ScimJson.ok(user), user);
    }

    @Operation(summary = "Deprovision a User", description = "Disables the account and marks it deprovisioned; its "
            + "pairings' history stays and their directors are told.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws ScimException {
        users.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> withVersion(ResponseEntity<String> answer, UserResource user) {
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).eTag(user.getMeta().getVersion())
                .body(answer.getBody());
    }
}
