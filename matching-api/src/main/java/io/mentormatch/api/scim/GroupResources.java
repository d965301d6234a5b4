package io.mentormatch.api.scim;

import java.beans.IntrospectionException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.utils.SchemaUtils;
import com.unboundid.scim2.server.utils.ResourceTypeDefinition;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.mentormatch.api.account.UserView;
import io.mentormatch.api.scim.internal.ScimGroupEntity;
import io.mentormatch.api.text.Sha256;

/**
 * A program's directors group as a SCIM Group and back. The convention: a group's displayName is the program's name
 * followed by " directors" ("Internal Medicine directors", in any case); its members are the program's directors.
 * The group's id is the program's. The version (ETag) is a hash of the name and the member ids.
 */
final class GroupResources {

    static final String RESOURCE_TYPE = "Group";
    static final ResourceTypeDefinition GROUP;
    private static final String SUFFIX = " directors";

    static {
        try {
            GROUP = new ResourceTypeDefinition.Builder(RESOURCE_TYPE, "/Groups").setId(RESOURCE_TYPE)
                    .setDescription("The directors of a program").setCoreSchema(SchemaUtils.getSchema(GroupResource.class))
                    .build();
        } catch (IntrospectionException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private GroupResources() {
    }

    static GroupResource of(ScimGroupEntity group, List<UserView> members) {
        GroupResource resource = new GroupResource().setDisplayName(group.getDisplayName()).setMembers(members.stream()
                .map(member -> new Member().setValue(Long.toString(member.id())).setDisplay(member.displayName())
                        .setType(UserResources.RESOURCE_TYPE).setRef(UserResources.location(member.id())))
                .toList());
        resource.setId(Long.toString(group.getProgramId()));
        resource.setExternalId(group.getExternalId());
        resource.setMeta(new Meta().setResourceType(RESOURCE_TYPE).setLocation(location(group.getProgramId()))
                .setVersion(version(group, members)));
        return resource;
    }

    /** A weak ETag of the name, the external id and the members. */
    static String version(ScimGroupEntity group, List<UserView> members) {
        String shown = group.getDisplayName() + "\u0000" + Objects.toString(group.getExternalId()) + "\u0000"
                + members.stream().map(member -> Long.toString(member.id())).sorted().collect(Collectors.joining(","));
        return "W/\"" + Sha256.hex(shown).substring(0, 20) + "\"";
    }

    static URI location(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2/Groups/{id}").buildAndExpand(id).toUri();
    }

    /** The name of the program a displayName names by the convention; empty when it does not follow it. */
    static Optional<String> programName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(name.substring(0, name.length() - SUFFIX.length()).strip());
    }

    /** The sentence for a displayName that names no program. */
    static BadRequestException namesNoProgram(String displayName) {
        return BadRequestException.invalidValue("\"" + displayName + "\" names no program: a group's displayName is a "
                + "program's name followed by \" directors\", such as \"Internal Medicine directors\".");
    }

    /**
     * The Group in the body, once its JSON meets the schema. Its members are read apart, by their value only: the
     * SDK's schema requires a {@code $ref} in each, which Okta and Entra ID do not send.
     */
    static GroupResource read(String body) throws ScimException {
        ObjectNode node = ScimJson.read(body, ObjectNode.class);
        JsonNode members = node.remove("members");
        GroupResource group = UserSchema.checked(ScimJson.write(node), GROUP, GroupResource.class);
        if (group.getDisplayName() == null || group.getDisplayName().isBlank()) {
            throw BadRequestException.invalidValue("displayName is required: a program's name followed by \" directors\"");
        }
        Set<String> ids = members == null || members.isNull() ? Set.of() : GroupPatch.values(members);
        return group.setMembers(ids.stream().map(id -> new Member().setValue(id)).toList());
    }
}
