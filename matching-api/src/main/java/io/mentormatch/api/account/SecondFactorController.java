package io.mentormatch.api.account;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own second factor. Secrets and recovery codes are answered with {@code no-store}: they
 * must not linger in a cache.
 */
@RestController
class SecondFactorController {

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/api/me/second-factor")
    SecondFactorStatus status() {
        return secondFactor.status();
    }

    /** Starts a set-up: a new secret and its QR code, on once {@code /confirmation} gets a code from the app. */
    @PostMapping("/api/me/second-factor")
    ResponseEntity<SecondFactorEnrolment> start() {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(secondFactor.start());
    }

    @PostMapping("/api/me/second-factor/confirmation")
    ResponseEntity<RecoveryCodes> confirm(@Valid @RequestBody SecondFactorCode code) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(secondFactor.confirm(code));
    }

    /** An administrator removes someone's second factor, e.g. after a lost phone and lost recovery codes. */
    @DeleteMapping("/api/users/{username}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@PathVariable String username) {
        secondFactor.reset(username);
    }

    @PostMapping("/api/me/second-factor/turn-off")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void turnOff(@Valid @RequestBody SecondFactorTurnOff proof) {
        secondFactor.turnOff(proof);
    }
}
