package io.mentormatch.api.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.text.PlainText;
import io.mentormatch.api.access.Role;

/**
 * A change to an account, as a JSON merge patch (RFC 7396) says it: a field left out stays as it is. A null
 * field here means "not in the patch"; {@code programId} and {@code email} may also be removed, which the patch
 * says with a JSON null and this record with an empty Optional.
 */
public record AccountPatch(Boolean enabled,
                           Role role,
                           Optional<Long> programId,
                           @Pattern(regexp = "(?s).*\\S.*", message = "{mentormatch.text.blank}") @Size(max = 200) @PlainText String displayName,
                           Optional<@Email @Size(max = 320) String> email) {

    /** Reads a merge patch, refusing unknown fields and wrong types with one problem per field. */
    static AccountPatch from(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidAccountChange(List.of(FieldProblem.of("$", "must be a JSON object")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Boolean enabled = null;
        Role role = null;
        Optional<Long> programId = null;
        String displayName = null;
        Optional<String> email = null;
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "enabled" -> {
                    if (value.isBoolean()) {
                        enabled = value.booleanValue();
                    } else {
                        problems.add(FieldProblem.of("enabled", "must be true or false"));
                    }
                }
                case "role" -> {
                    role = value.isString() ? role(value.stringValue()) : null;
                    if (role == null) {
                        problems.add(FieldProblem.of("role", "must be one of ADMIN, DIRECTOR, MENTOR, RESIDENT"));
                    }
                }
                case "programId" -> {
                    if (value.isNull()) {
                        programId = Optional.empty();
                    } else if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
                        programId = Optional.of(value.longValue());
                    } else {
                        problems.add(FieldProblem.of("programId", "must be the id of a program, or null"));
                    }
                }
                case "displayName" -> {
                    if (value.isString()) {
                        displayName = value.stringValue();
                    } else {
                        problems.add(FieldProblem.of("displayName", "must be text"));
                    }
                }
                case "email" -> {
                    if (value.isNull()) {
                        email = Optional.empty();
                    } else if (value.isString()) {
                        email = Optional.of(value.stringValue());
                    } else {
                        problems.add(FieldProblem.of("email", "must be text, or null"));
                    }
                }
                default -> problems.add(FieldProblem.of(field.getKey(), "is not a field of an account"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountChange(problems);
        }
        return new AccountPatch(enabled, role, programId, displayName, email);
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
