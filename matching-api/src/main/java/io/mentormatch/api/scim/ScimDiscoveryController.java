package io.mentormatch.api.scim;

import java.beans.IntrospectionException;
import java.util.List;

import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.SchemaUtils;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this service provider supports (RFC 7643 §5-7), from the SDK's own schema definitions of its User classes:
 * PATCH and ETags yes; bulk, sort and password changes no (people sign in through single sign-on).
 */
@Tag(name = "SCIM provisioning")
@RestController
class ScimDiscoveryController {

    private final List<SchemaResource> schemas;
    private final List<ResourceTypeResource> resourceTypes;

    ScimDiscoveryController() throws IntrospectionException {
        this.schemas = List.of(SchemaUtils.getSchema(UserResource.class), SchemaUtils.getSchema(EnterpriseUserExtension.class),
                SchemaUtils.getSchema(GroupResource.class));
        this.resourceTypes = List.of(UserSchema.USER.toScimResource(), GroupResources.GROUP.toScimResource());
    }

    @Operation(summary = "What the SCIM service supports")
    @GetMapping("/scim/v2/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        return ScimJson.ok(new ServiceProviderConfigResource(null, new PatchConfig(true), new BulkConfig(false, 0, 0),
                new FilterConfig(true, ScimUsers.MAX_RESULTS), new ChangePasswordConfig(false), new SortConfig(false),
                new ETagConfig(true), List.of(AuthenticationScheme.createOAuth2BearerToken(true))));
    }

    @Operation(summary = "The SCIM resource types: User and Group")
    @GetMapping("/scim/v2/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        return ScimJson.ok(new ListResponse<>(resourceTypes));
    }

    @Operation(summary = "One SCIM resource type")
    @GetMapping("/scim/v2/ResourceTypes/{name}")
    ResponseEntity<String> resourceType(@PathVariable String name) throws ScimException {
        return ScimJson.ok(resourceTypes.stream().filter(type -> type.getName().equals(name)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no resource type " + name)));
    }

    @Operation(summary = "The SCIM schemas: User, its enterprise extension, and Group")
    @GetMapping("/scim/v2/Schemas")
    ResponseEntity<String> schemas() {
        return ScimJson.ok(new ListResponse<>(schemas));
    }

    @Operation(summary = "One SCIM schema, by its URN")
    @GetMapping("/scim/v2/Schemas/{id}")
    ResponseEntity<String> schema(@PathVariable String id) throws ScimException {
        return ScimJson.ok(schemas.stream().filter(schema -> schema.getId().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no schema " + id)));
    }
}
