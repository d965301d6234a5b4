package io.mentormatch.api.account;

import java.util.List;

/** One-time recovery codes, shown once: only their hashes are kept. */
public record RecoveryCodes(List<String> codes) {
}
