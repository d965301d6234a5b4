package io.mentormatch.api.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;

/**
 * The one filter identity providers send to find a resource before creating it: {@code userName eq "..."} for a User,
 * {@code displayName eq "..."} for a Group. Parsed by UnboundID's filter parser; anything else is an invalidFilter
 * error, never a silent full listing.
 */
final class EqualityFilter {

    private EqualityFilter() {
    }

    /** The text the filter compares this attribute with. */
    static String value(String filter, String attribute) throws BadRequestException {
        Filter parsed;
        try {
            parsed = Filter.fromString(filter);
        } catch (BadRequestException e) {
            throw BadRequestException.invalidFilter("the filter is not valid SCIM: " + e.getMessage());
        }
        if (parsed.getFilterType() != FilterType.EQUAL || !attribute.equalsIgnoreCase(parsed.getAttributePath().toString())
                || parsed.getComparisonValue() == null || !parsed.getComparisonValue().isTextual()) {
            throw BadRequestException.invalidFilter("only " + attribute + " eq \"...\" is supported");
        }
        return parsed.getComparisonValue().asText();
    }
}
