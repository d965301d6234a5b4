package io.mentormatch.api.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;

/**
 * The one filter identity providers send to find a User before creating it: {@code userName eq "..."}. Parsed by
 * UnboundID's filter parser; anything else is an invalidFilter error, never a silent full listing.
 */
final class UserFilter {

    private UserFilter() {
    }

    static String userName(String filter) throws BadRequestException {
        Filter parsed;
        try {
            parsed = Filter.fromString(filter);
        } catch (BadRequestException e) {
            throw BadRequestException.invalidFilter("the filter is not valid SCIM: " + e.getMessage());
        }
        if (parsed.getFilterType() != FilterType.EQUAL || !"userName".equalsIgnoreCase(parsed.getAttributePath().toString())
                || parsed.getComparisonValue() == null || !parsed.getComparisonValue().isTextual()) {
            throw BadRequestException.invalidFilter("only userName eq \"...\" is supported");
        }
        return parsed.getComparisonValue().asText();
    }
}
