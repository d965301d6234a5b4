package io.mentormatch.api.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignInLockController {

    private final SignInLimit limit;

    SignInLockController(SignInLimit limit) {
        this.limit = limit;
    }

    @DeleteMapping("/api/users/{username}/sign-in-lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable String username) {
        limit.lift(username);
    }
}
