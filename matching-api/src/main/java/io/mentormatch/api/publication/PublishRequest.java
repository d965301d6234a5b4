package io.mentormatch.api.publication;

import jakarta.validation.constraints.Size;

/**
 * @param override publish although proposals are still unanswered; needs a reason and is logged
 */
public record PublishRequest(boolean override, @Size(max = 2000) String reason) {
}
