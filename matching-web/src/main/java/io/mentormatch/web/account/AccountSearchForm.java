package io.mentormatch.web.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.mentormatch.api.account.AccountSearch;
import io.mentormatch.api.access.Role;

/** The filters of the accounts page, as in its address; every one may be left out. */
public record AccountSearchForm(@Size(max = 200) String q, Role role, @Positive Long programId, Boolean enabled,
                                @Min(0) @Max(100_000) Integer page) {

    static final AccountSearchForm NONE = new AccountSearchForm(null, null, null, null, null);

    AccountSearch toSearch() {
        return new AccountSearch(q, role, programId, enabled);
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }
}
