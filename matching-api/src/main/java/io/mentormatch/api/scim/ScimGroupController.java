package io.mentormatch.api.scim;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.GroupResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SCIM Groups (RFC 7644 §3): one per program, named "&lt;program name&gt; directors", whose members are the program's
 * directors ({@link ScimGroups}). Answers are {@code application/scim+json}, with the Group's version as its ETag.
 */
@Tag(name = "SCIM provisioning")
@RestController
@RequestMapping("/scim/v2/Groups")
class ScimGroupController {

    private final ScimGroups groups;

    ScimGroupController(ScimGroups groups) {
        this.groups = groups;
    }

    @Operation(summary = "List or find Groups", description = "filter: only displayName eq \"...\"; startIndex from 1, "
            + "count at most 100.")
    @GetMapping
    ResponseEntity<String> list(@RequestParam(required = false) String filter,
                                @RequestParam(required = false) Integer startIndex,
                                @RequestParam(required = false) Integer count) throws ScimException {
        return ScimJson.ok(groups.list(filter, startIndex, count));
    }

    @Operation(summary = "Read a Group")
    @GetMapping("/{id}")
    ResponseEntity<String> get(@PathVariable String id,
                               @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws ScimException {
        GroupResource group = groups.get(id);
        if (group.getMeta().getVersion().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(group.getMeta().getVersion()).build();
        }
        return withVersion(HttpStatus.OK, group);
    }

    @Operation(summary = "Create a program's directors group", description = "displayName: the program's name "
            + "followed by \" directors\"; its members become the program's directors.")
    @PostMapping
    ResponseEntity<String> create(@RequestBody(required = false) String body) throws ScimException {
        GroupResource group = groups.create(GroupResources.read(body));
        return ResponseEntity.created(group.getMeta().getLocation()).eTag(group.getMeta().getVersion())
                .contentType(ScimJson.SCIM).body(ScimJson.write(group));
    }

    @Operation(summary = "Replace a Group", description = "Members left out are directors no more.")
    @PutMapping("/{id}")
    ResponseEntity<String> replace(@PathVariable String id, @RequestBody(required = false) String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws ScimException {
        return withVersion(HttpStatus.OK, groups.replace(id, GroupResources.read(body), ifMatch));
    }

    @Operation(summary = "Change a Group", description = "SCIM PATCH operations: add, remove or replace members.")
    @PatchMapping("/{id}")
    ResponseEntity<String> patch(@PathVariable String id, @RequestBody(required = false) String body,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws ScimException {
        return withVersion(HttpStatus.OK, groups.patch(id, body, ifMatch));
    }

    @Operation(summary = "Delete a Group", description = "Its members are directors no more; their accounts stay.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws ScimException {
        groups.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> withVersion(HttpStatus status, GroupResource group) {
        return ResponseEntity.status(status).eTag(group.getMeta().getVersion()).contentType(ScimJson.SCIM)
                .body(ScimJson.write(group));
    }
}
