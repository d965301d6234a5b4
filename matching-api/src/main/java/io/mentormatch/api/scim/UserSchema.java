package io.mentormatch.api.scim;

import java.beans.IntrospectionException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.SchemaUtils;
import com.unboundid.scim2.server.utils.ResourceTypeDefinition;
import com.unboundid.scim2.server.utils.SchemaChecker;

/**
 * The User resource type from the SDK's own schema (core User, optional enterprise extension), and the check of a
 * body against it: wrong types ({@code "active": "maybe"}, a number for {@code userName}) are an invalidValue error
 * before anything is stored. Attributes the service does not keep (addresses, titles) are allowed and ignored, as
 * identity providers send whatever their mappings hold.
 */
final class UserSchema {

    static final ResourceTypeDefinition USER;

    static {
        try {
            SchemaResource core = SchemaUtils.getSchema(UserResource.class);
            USER = new ResourceTypeDefinition.Builder("User", "/Users").setId("User").setDescription("A person's account")
                    .setCoreSchema(core).addOptionalSchemaExtension(SchemaUtils.getSchema(EnterpriseUserExtension.class)).build();
        } catch (IntrospectionException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private UserSchema() {
    }

    /** The User in the body, once its JSON meets the schema. */
    static UserResource read(String body) throws ScimException {
        return checked(body, USER, UserResource.class);
    }

    /** The resource in the body, once its JSON meets its resource type's schema. */
    static <T> T checked(String body, ResourceTypeDefinition type, Class<T> resource) throws ScimException {
        ObjectNode node = ScimJson.read(body, ObjectNode.class);
        withoutNulls(node);
        SchemaChecker checker = new SchemaChecker(type);
        checker.enable(SchemaChecker.Option.ALLOW_UNDEFINED_ATTRIBUTES);
        checker.enable(SchemaChecker.Option.ALLOW_UNDEFINED_SUB_ATTRIBUTES);
        ObjectNode writable = checker.removeReadOnlyAttributes(node);
        SchemaChecker.Results results = checker.checkCreate(writable);
        if (!results.getSyntaxIssues().isEmpty()) {
            throw BadRequestException.invalidValue(String.join("; ", results.getSyntaxIssues()));
        }
        try {
            return JsonUtils.nodeToValue(node, resource);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw BadRequestException.invalidValue("the body is not a valid SCIM " + type.getName());
        }
    }

    /** A null is the same as no value (RFC 7643 §2.5); some clients write every unset attribute as one. */
    private static void withoutNulls(ObjectNode node) {
        node.properties().removeIf(field -> field.getValue().isNull());
        node.properties().forEach(field -> {
            if (field.getValue() instanceof ObjectNode child) {
                withoutNulls(child);
            }
        });
    }
}
