package io.mentormatch.api.account;

import java.util.List;

/** Accounts share an e-mail address (in any case), which V53 cannot make unique without an administrator. */
public class DuplicateEmails extends RuntimeException {

    private final List<String> addresses;

    DuplicateEmails(List<String> addresses) {
        super("Several accounts share an e-mail address (upper and lower case count as the same): "
                + String.join(", ", addresses));
        this.addresses = List.copyOf(addresses);
    }

    public List<String> addresses() {
        return addresses;
    }
}
