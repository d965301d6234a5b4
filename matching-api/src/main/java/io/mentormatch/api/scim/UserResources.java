package io.mentormatch.api.scim;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.mentormatch.api.account.UserView;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.text.Sha256;

/**
 * An account as a SCIM User and back. {@code userType} carries the role: "Resident" or "Mentor" (an identity
 * provider sets it from an attribute such as the job title; a new user without it is a resident); directors are
 * made by the programs' directors groups ({@link ScimGroups}). The version (ETag) is a hash of what the resource
 * shows, so that it changes with every change an identity provider can see.
 */
final class UserResources {

    static final String RESOURCE_TYPE = "User";

    private UserResources() {
    }

    static UserResource of(UserView account) {
        UserResource user = new UserResource().setUserName(account.username()).setDisplayName(account.displayName())
                .setName(new Name().setFormatted(account.displayName())).setActive(account.enabled())
                .setUserType(userType(account.role()));
        if (account.email() != null) {
            user.setEmails(List.of(new Email().setValue(account.email()).setType("work").setPrimary(true)));
        }
        user.setId(Long.toString(account.id()));
        user.setMeta(new Meta().setResourceType(RESOURCE_TYPE).setLocation(location(account.id())).setVersion(version(account)));
        return user;
    }

    /** A weak ETag of everything the User shows. */
    static String version(UserView account) {
        String shown = String.join("\u0000", account.username(), account.displayName(), Objects.toString(account.email()),
                Boolean.toString(account.enabled()), account.role().name(), Objects.toString(account.programId()));
        return "W/\"" + Sha256.hex(shown).substring(0, 20) + "\"";
    }

    static URI location(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2/Users/{id}").buildAndExpand(id).toUri();
    }

    /** The name people read: the display name, else the formatted name, else given and family name, else the userName. */
    static String displayName(UserResource user) {
        if (present(user.getDisplayName())) {
            return user.getDisplayName().strip();
        }
        Name name = user.getName();
        if (name != null && present(name.getFormatted())) {
            return name.getFormatted().strip();
        }
        if (name != null && (present(name.getGivenName()) || present(name.getFamilyName()))) {
            return (Objects.toString(name.getGivenName(), "") + " " + Objects.toString(name.getFamilyName(), "")).strip();
        }
        return user.getUserName();
    }

    /** The primary e-mail address, else the first; null without any. */
    static String email(UserResource user) {
        List<Email> emails = user.getEmails() == null ? List.of() : user.getEmails();
        return emails.stream().filter(email -> Boolean.TRUE.equals(email.getPrimary())).findFirst()
                .or(() -> emails.stream().findFirst()).map(Email::getValue).filter(UserResources::present)
                .map(String::strip).orElse(null);
    }

    /** The role {@code userType} asks for; empty when it asks for none. */
    static Optional<Role> role(UserResource user) throws BadRequestException {
        if (!present(user.getUserType())) {
            return Optional.empty();
        }
        return switch (user.getUserType().strip().toLowerCase(Locale.ROOT)) {
            case "resident" -> Optional.of(Role.RESIDENT);
            case "mentor" -> Optional.of(Role.MENTOR);
            default -> throw BadRequestException.invalidValue("userType must be Resident or Mentor; directors are "
                    + "members of a program's directors group");
        };
    }

    static void requireUserName(UserResource user) throws BadRequestException {
        if (!present(user.getUserName())) {
            throw BadRequestException.invalidValue("userName is required");
        }
    }

    private static String userType(Role role) {
        return switch (role) {
            case RESIDENT -> "Resident";
            case MENTOR -> "Mentor";
            case DIRECTOR -> "Director";
            case ADMIN -> "Administrator";
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
