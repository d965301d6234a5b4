package io.mentormatch.api.cohort;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.access.Actor;
import io.mentormatch.api.access.CurrentActor;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.cohort.internal.ProgramEntity;
import io.mentormatch.api.cohort.internal.ProgramRepository;

@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final CurrentActor currentActor;
    private final AuditLog audit;

    ProgramService(ProgramRepository programs, CurrentActor currentActor, AuditLog audit) {
        this.programs = programs;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("@access.isAdmin()")
    public ProgramView create(NewProgram request) {
        if (programs.findByNameIgnoreCase(request.name()).isPresent()) {
            throw new InvalidCohortSettings(List.of(FieldProblem.of("name", "a program of that name exists")));
        }
        ProgramView created = ProgramView.of(programs.saveAndFlush(new ProgramEntity(request.name())));
        audit.record("program.created", "program", created.id(), null, null, created);
        return created;
    }

    /** A program by its id, for an administrator (or an identity provider's token, which is one). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public Optional<ProgramView> find(long programId) {
        return programs.findById(programId).map(ProgramView::of);
    }

    /** A program by its name, in any case. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public Optional<ProgramView> named(String name) {
        return programs.findByNameIgnoreCase(name).map(ProgramView::of);
    }

    /** Whether there is any program yet: the demo loads only into a database that has none. */
    /** Whether the program exists, for a caller that checked its own access. */
    public boolean exists(long programId) {
        return programs.existsById(programId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.isAdmin()")
    public boolean anyExists() {
        return programs.count() > 0;
    }

    /** All programs for an admin, their own for a director. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.isManager()")
    public List<ProgramView> list() {
        Actor actor = currentActor.require();
        if (actor.is(Role.ADMIN)) {
            return programs.findAll(Sort.by("name")).stream().map(ProgramView::of).toList();
        }
        return programs.findById(actor.programId()).map(ProgramView::of).stream().toList();
    }
}
