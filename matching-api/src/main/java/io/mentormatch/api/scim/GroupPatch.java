package io.mentormatch.api.scim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;
import com.unboundid.scim2.common.messages.PatchRequest;

/**
 * A SCIM PATCH of a Group, read from its JSON: the forms Entra ID and Okta send, {@code add}, {@code remove} and
 * {@code replace} of {@code members}, {@code members[value eq "..."]}, {@code displayName} and {@code externalId},
 * with or without a path. Read here rather than by UnboundID's {@link PatchRequest}, whose remove operation drops the
 * value: Entra's {@code {"op": "Remove", "path": "members", "value": [{"value": "7"}]}} would remove every member.
 *
 * @param members the member ids (User ids) afterwards
 */
record GroupPatch(String displayName, String externalId, Set<String> members) {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** The group after the operations of the body, applied in order to the group as it is. */
    static GroupPatch apply(String body, GroupPatch current) throws ScimException {
        ObjectNode patch = ScimJson.read(body, ObjectNode.class);
        JsonNode operations = patch.get("Operations");
        if (!patch.path("schemas").toString().contains(PATCH_OP) || operations == null || !operations.isArray()
                || operations.isEmpty()) {
            throw BadRequestException.invalidSyntax("a PATCH names the PatchOp schema and has one or more Operations");
        }
        GroupPatch group = new GroupPatch(current.displayName(), current.externalId(), new LinkedHashSet<>(current.members()));
        for (JsonNode operation : operations) {
            group = group.with(operation);
        }
        return group;
    }

    private GroupPatch with(JsonNode operation) throws ScimException {
        String op = operation.path("op").asText("").toLowerCase(Locale.ROOT);
        if (!Set.of("add", "remove", "replace").contains(op)) {
            throw BadRequestException.invalidSyntax("op is add, remove or replace");
        }
        JsonNode value = operation.get("value");
        if (!operation.hasNonNull("path")) {
            if (op.equals("remove") || value == null || !value.isObject()) {
                throw BadRequestException.noTarget("an operation without a path adds or replaces an object of attributes");
            }
            GroupPatch group = this;
            for (Map.Entry<String, JsonNode> attribute : value.properties()) {
                group = group.attribute(op, attribute.getKey(), null, attribute.getValue());
            }
            return group;
        }
        Path path;
        try {
            path = Path.fromString(operation.get("path").asText());
        } catch (BadRequestException e) {
            throw BadRequestException.invalidPath("the path is not valid SCIM: " + e.getMessage());
        }
        if (path.size() != 1) {
            throw BadRequestException.invalidPath("a group's displayName, externalId and members can change");
        }
        return attribute(op, path.getElement(0).getAttribute(), path.getElement(0).getValueFilter(), value);
    }

    private GroupPatch attribute(String op, String attribute, Filter filter, JsonNode value) throws BadRequestException {
        switch (attribute.toLowerCase(Locale.ROOT)) {
            case "members" -> {
                return filter == null ? members(op, value) : member(op, filter);
            }
            case "displayname" -> {
                if (op.equals("remove") || filter != null || value == null || !value.isTextual()) {
                    throw BadRequestException.invalidValue("displayName is text, and a group cannot be without one");
                }
                return new GroupPatch(value.asText(), externalId, members);
            }
            case "externalid" -> {
                if (filter != null || !op.equals("remove") && (value == null || !value.isTextual())) {
                    throw BadRequestException.invalidValue("externalId is text");
                }
                return new GroupPatch(displayName, op.equals("remove") ? null : value.asText(), members);
            }
            case "id", "schemas", "meta" -> {
                return this;
            }
            default -> throw BadRequestException.invalidPath("a group's displayName, externalId and members can "
                    + "change, not " + attribute);
        }
    }

    private GroupPatch members(String op, JsonNode value) throws BadRequestException {
        Set<String> after = new LinkedHashSet<>(op.equals("add") ? members : Set.of());
        if (op.equals("remove")) {
            // without a value, every member goes; with one (Entra ID), only the members it names
            after.addAll(members);
            if (value != null) {
                after.removeAll(values(value));
            } else {
                after.clear();
            }
        } else {
            after.addAll(values(value));
        }
        return new GroupPatch(displayName, externalId, after);
    }

    /** {@code members[value eq "7"]}: Okta's and Entra's way to remove one member. */
    private GroupPatch member(String op, Filter filter) throws BadRequestException {
        if (!op.equals("remove") || filter.getFilterType() != FilterType.EQUAL
                || !"value".equalsIgnoreCase(filter.getAttributePath().toString())
                || filter.getComparisonValue() == null || !filter.getComparisonValue().isTextual()) {
            throw BadRequestException.invalidPath("a member is removed with members[value eq \"<User id>\"]");
        }
        Set<String> after = new LinkedHashSet<>(members);
        after.remove(filter.getComparisonValue().asText());
        return new GroupPatch(displayName, externalId, after);
    }

    /** The User ids of a list of members (or of one member): [{"value": "7"}]. */
    static Set<String> values(JsonNode value) throws BadRequestException {
        Set<String> ids = new LinkedHashSet<>();
        if (value == null || !value.isArray() && !value.isObject()) {
            throw BadRequestException.invalidValue("members are a list of {\"value\": \"<User id>\"}");
        }
        for (JsonNode member : value.isArray() ? value : List.of(value)) {
            if (!member.path("value").isTextual() && !member.path("value").isIntegralNumber()) {
                throw BadRequestException.invalidValue("members are a list of {\"value\": \"<User id>\"}");
            }
            ids.add(member.get("value").asText());
        }
        return ids;
    }
}
