package io.mentormatch.api.token;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The token is in this answer only: it must never be cached on the way. */
    @Operation(summary = "Create a personal API token", description = "Answers the token once; send it as "
            + "'Authorization: Bearer <token>'. A read token may only make GET and HEAD requests, a write token "
            + "everything the account may do; a scim token, which only an administrator may create (one per identity "
            + "provider), reaches only the SCIM provisioning endpoints under /scim/v2. Only the token's SHA-256 is stored.")
    @PostMapping(path = "/api/me/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedApiToken> create(@Valid @RequestBody NewApiToken request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(tokens.create(request));
    }

    @Operation(summary = "List one's own API tokens", description = "Name, scope, created, expires and last used; "
            + "never the token itself.")
    @GetMapping("/api/me/tokens")
    List<ApiTokenView> mine() {
        return tokens.mine();
    }

    @Operation(summary = "Revoke one of one's own API tokens")
    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
