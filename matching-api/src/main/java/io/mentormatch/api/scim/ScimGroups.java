package io.mentormatch.api.scim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.account.DirectorGroups;
import io.mentormatch.api.account.DirectorGroups.Program;
import io.mentormatch.api.account.ProvisionedAccounts;
import io.mentormatch.api.account.UserView;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.scim.internal.ScimGroupEntity;
import io.mentormatch.api.scim.internal.ScimGroupRepository;

/**
 * The Groups of SCIM: each binds a program, by its name ({@link GroupResources#programName}), and its members are
 * that program's directors ({@link DirectorGroups}). Creating a group binds it; the program's directors are its
 * members from the start. Adding a member makes the account a director of the program, removing one makes it a
 * resident with no program; deleting the group unbinds it and takes the director role from all its members. An
 * account is never deleted or disabled here, and never gets a second program.
 */
@Service
class ScimGroups {

    private static final String AUDITED_TYPE = "program";

    private final ScimGroupRepository groups;
    private final DirectorGroups directors;
    private final ProvisionedAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    ScimGroups(ScimGroupRepository groups, DirectorGroups directors, ProvisionedAccounts accounts, AuditLog audit,
               Clock clock) {
        this.groups = groups;
        this.directors = directors;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ListResponse<GroupResource> list(String filter, Integer startIndex, Integer count) throws ScimException {
        int start = startIndex == null || startIndex < 1 ? 1 : startIndex;
        int size = count == null ? ScimUsers.MAX_RESULTS : Math.max(0, Math.min(count, ScimUsers.MAX_RESULTS));
        List<ScimGroupEntity> found = groups.findAllByOrderByProgramId();
        if (filter != null && !filter.isBlank()) {
            String displayName = EqualityFilter.value(filter, "displayName").strip();
            found = found.stream().filter(group -> group.getDisplayName().equalsIgnoreCase(displayName)).toList();
        }
        List<GroupResource> page = found.stream().skip(start - 1L).limit(size).map(this::resource).toList();
        return new ListResponse<>(found.size(), page, start, page.size());
    }

    @Transactional(readOnly = true)
    public GroupResource get(String id) throws ScimException {
        return resource(find(id));
    }

    @Transactional(rollbackFor = ScimException.class)
    public GroupResource create(GroupResource group) throws ScimException {
        Program program = program(group.getDisplayName());
        if (groups.existsById(program.id())) {
            throw new ResourceConflictException("the group of " + program.name() + " directors exists already");
        }
        Set<String> members = ids(group.getMembers());
        ScimGroupEntity created = groups.saveAndFlush(new ScimGroupEntity(program.id(), group.getDisplayName().strip(),
                group.getExternalId(), clock.instant()));
        audit.record("program.directors-group-bound", AUDITED_TYPE, program.id(), null, null,
                Map.of("program", program.name(), "group", created.getDisplayName()));
        Set<String> current = memberIds(program.id());
        members.addAll(current);
        return change(created, program, new GroupPatch(created.getDisplayName(), created.getExternalId(), members));
    }

    @Transactional(rollbackFor = ScimException.class)
    public GroupResource replace(String id, GroupResource group, String ifMatch) throws ScimException {
        ScimGroupEntity current = find(id);
        precondition(current, ifMatch);
        return change(current, programOf(current), new GroupPatch(group.getDisplayName(), group.getExternalId(),
                ids(group.getMembers())));
    }

    @Transactional(rollbackFor = ScimException.class)
    public GroupResource patch(String id, String body, String ifMatch) throws ScimException {
        ScimGroupEntity current = find(id);
        precondition(current, ifMatch);
        Program program = programOf(current);
        GroupPatch patched = GroupPatch.apply(body, new GroupPatch(current.getDisplayName(), current.getExternalId(),
                memberIds(program.id())));
        return change(current, program, patched);
    }

    /** Unbinds the group: its members are directors no more. */
    @Transactional(rollbackFor = ScimException.class)
    public void delete(String id, String ifMatch) throws ScimException {
        ScimGroupEntity current = find(id);
        precondition(current, ifMatch);
        Program program = programOf(current);
        for (UserView member : directors.directorsOf(program.id())) {
            directors.leave(member.id(), program);
        }
        groups.delete(current);
        audit.record("program.directors-group-unbound", AUDITED_TYPE, program.id(), null, null,
                Map.of("program", program.name(), "group", current.getDisplayName()));
    }

    /** Makes the group what the request asks: the same program, perhaps another spelling, and these members. */
    private GroupResource change(ScimGroupEntity group, Program program, GroupPatch wanted) throws ScimException {
        if (wanted.displayName() == null || wanted.displayName().isBlank()
                || !program(wanted.displayName()).equals(program)) {
            throw BadRequestException.mutability("a group's displayName names its program, which cannot change: "
                    + "create the other program's group instead");
        }
        Set<String> current = memberIds(program.id());
        List<Long> joining = new ArrayList<>();
        for (String member : wanted.members()) {
            if (!current.contains(member)) {
                joining.add(account(member).id());
            }
        }
        for (String member : current) {
            if (!wanted.members().contains(member)) {
                directors.leave(Long.parseLong(member), program);
            }
        }
        for (long member : joining) {
            directors.join(member, program);
        }
        group.rename(wanted.displayName().strip(), wanted.externalId());
        groups.flush();
        return resource(group);
    }

    private GroupResource resource(ScimGroupEntity group) {
        return GroupResources.of(group, directors.directorsOf(group.getProgramId()));
    }

    private Program program(String displayName) throws BadRequestException {
        return GroupResources.programName(displayName).flatMap(directors::programNamed)
                .orElseThrow(() -> GroupResources.namesNoProgram(displayName));
    }

    private Program programOf(ScimGroupEntity group) {
        return directors.program(group.getProgramId()).orElseThrow();
    }

    private Set<String> memberIds(long programId) {
        return directors.directorsOf(programId).stream().map(member -> Long.toString(member.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> ids(List<Member> members) {
        return members.stream().map(Member::getValue).map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A member to add: a User that exists; an unknown one is an invalidValue, not a missing group. */
    private UserView account(String id) throws BadRequestException {
        return ScimUsers.parseId(id).flatMap(accounts::find)
                .orElseThrow(() -> BadRequestException.invalidValue("there is no User " + id + " to make a member"));
    }

    private ScimGroupEntity find(String id) throws ResourceNotFoundException {
        return ScimUsers.parseId(id).flatMap(groups::findById)
                .orElseThrow(() -> new ResourceNotFoundException("no Group " + id));
    }

    private void precondition(ScimGroupEntity current, String ifMatch) throws PreconditionFailedException {
        ScimUsers.precondition(GroupResources.version(current, directors.directorsOf(current.getProgramId())), ifMatch,
                "the Group changed since this version was read");
    }
}
