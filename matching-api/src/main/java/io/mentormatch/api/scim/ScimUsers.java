package io.mentormatch.api.scim;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.Group;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.account.AccountPatch;
import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.ProvisionedAccounts;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.scim.internal.ScimGroupRepository;

/**
 * The Users of SCIM over the accounts ({@link ProvisionedAccounts}). An account made here has no password: its
 * person signs in through the hospital's single sign-on. Setting {@code active} to false, or deleting the User,
 * disables the account, which ends its sessions and revokes its API tokens; the directors of its live pairings hear
 * of it ({@link Departures}). A changed {@code userName} is refused: other systems (rosters, audit) know the person
 * by it.
 */
@Service
class ScimUsers {

    /** The most Users one page answers (ServiceProviderConfig's filter.maxResults). */
    static final int MAX_RESULTS = 100;

    private final ProvisionedAccounts accounts;
    private final Departures departures;
    private final Validator validator;
    private final ScimGroupRepository groups;

    ScimUsers(ProvisionedAccounts accounts, Departures departures, Validator validator, ScimGroupRepository groups) {
        this.groups = groups;
        this.accounts = accounts;
        this.departures = departures;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public ListResponse<UserResource> list(String filter, Integer startIndex, Integer count) throws ScimException {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? MAX_RESULTS : Math.max(0, Math.min(count, MAX_RESULTS));
        if (filter != null && !filter.isBlank()) {
            List<UserResource> found = accounts.findByUsername(EqualityFilter.value(filter, "userName")).map(this::resource).stream().toList();
            List<UserResource> page = found.stream().skip(start - 1L).limit(size).toList();
            return new ListResponse<>(found.size(), page, start, page.size());
        }
        List<UserResource> page = size == 0 ? List.of()
                : accounts.page(start - 1, size).stream().map(this::resource).toList();
        return new ListResponse<>((int) accounts.count(), page, start, page.size());
    }

    @Transactional(readOnly = true)
    public UserResource get(String id) throws ScimException {
        return resource(find(id));
    }

    @Transactional(rollbackFor = ScimException.class)
    public UserResource create(UserResource user) throws ScimException {
        UserResources.requireUserName(user);
        if (accounts.findByUsername(user.getUserName().strip()).isPresent()) {
            throw new ResourceConflictException("a User with this userName exists");
        }
        NewUser account = new NewUser(user.getUserName().strip(), UserResources.displayName(user),
                UserResources.email(user), null, UserResources.role(user).orElse(Role.RESIDENT), null);
        String problems = validator.validate(account).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted()
                .collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw BadRequestException.invalidValue(problems);
        }
        UserView created = accounts.create(account);
        if (Boolean.FALSE.equals(user.getActive())) {
            created = accounts.update(created.username(), new AccountPatch(false, null, null, null, null));
        }
        return resource(created);
    }

    @Transactional(rollbackFor = ScimException.class)
    public UserResource replace(String id, UserResource user, String ifMatch) throws ScimException {
        UserView current = find(id);
        precondition(current, ifMatch);
        UserResources.requireUserName(user);
        if (!user.getUserName().strip().equalsIgnoreCase(current.username())) {
            throw BadRequestException.mutability("userName cannot change: rosters and the audit log know the person by it");
        }
        Optional<Role> role = UserResources.role(user).filter(asked -> current.role() != Role.DIRECTOR);
        boolean active = !Boolean.FALSE.equals(user.getActive());
        UserView updated = accounts.update(current.username(), new AccountPatch(active, role.orElse(null), null,
                UserResources.displayName(user), Optional.ofNullable(UserResources.email(user))));
        if (current.enabled() && !updated.enabled()) {
            departures.left(updated);
        }
        return resource(updated);
    }

    /** Applies the operations to the User as it is, with UnboundID's patch rules, then replaces it with the result. */
    @Transactional(rollbackFor = ScimException.class)
    public UserResource patch(String id, PatchRequest patch, String ifMatch) throws ScimException {
        UserView current = find(id);
        precondition(current, ifMatch);
        GenericScimResource resource = UserResources.of(current).asGenericScimResource();
        patch.apply(resource);
        ObjectNode node = resource.getObjectNode();
        // Entra ID sends {"op": "Replace", "path": "active", "value": "False"}: a boolean as text
        String active = node.path("active").isTextual() ? node.get("active").asText() : null;
        if ("true".equalsIgnoreCase(active) || "false".equalsIgnoreCase(active)) {
            node.put("active", Boolean.parseBoolean(active));
        }
        return replace(id, UserSchema.read(ScimJson.write(node)), null);
    }

    /** Disables the account and marks it deprovisioned; its pairings' history stays. */
    @Transactional(rollbackFor = ScimException.class)
    public void delete(String id, String ifMatch) throws ScimException {
        UserView current = find(id);
        precondition(current, ifMatch);
        UserView disabled = accounts.deprovision(current.username());
        if (current.enabled()) {
            departures.left(disabled);
        }
    }

    /** The User, with the directors group it is a member of: read-only, groups change at /Groups. */
    private UserResource resource(UserView account) {
        UserResource user = UserResources.of(account);
        if (account.role() == Role.DIRECTOR && account.programId() != null) {
            groups.findById(account.programId()).ifPresent(group -> user.setGroups(List.of(new Group()
                    .setValue(Long.toString(group.getProgramId())).setDisplay(group.getDisplayName())
                    .setRef(GroupResources.location(group.getProgramId())).setType("direct"))));
        }
        return user;
    }

    private UserView find(String id) throws ResourceNotFoundException {
        return parseId(id).flatMap(accounts::find).orElseThrow(() -> new ResourceNotFoundException("no User " + id));
    }

    static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void precondition(UserView current, String ifMatch) throws PreconditionFailedException {
        precondition(UserResources.version(current), ifMatch, "the User changed since this version was read");
    }

    /** An If-Match that names another version than the current one: someone changed the resource since it was read. */
    static void precondition(String version, String ifMatch, String changed) throws PreconditionFailedException {
        if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.strip())
                && List.of(ifMatch.split(",")).stream().map(String::strip).noneMatch(version::equals)) {
            throw new PreconditionFailedException(changed);
        }
    }
}
