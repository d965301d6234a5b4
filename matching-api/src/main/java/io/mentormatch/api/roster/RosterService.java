package io.mentormatch.api.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.RosterCsv.Parsed;
import io.mentormatch.api.problem.FieldProblem;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.InvalidCohortException;

/**
 * Rosters: CSV import of residents and mentors (with dry run), the cohort file import and export, and the
 * roster lists. Every import is all-or-nothing: it runs in one transaction and changes nothing when any row is bad.
 */
@Service
public class RosterService {

    private final CohortService cohorts;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final CohortAssembler assembler;
    private final UserAccounts userAccounts;
    private final AuditLog audit;

    RosterService(CohortService cohorts, ResidentRepository residents, MentorRepository mentors,
                  CohortAssembler assembler, UserAccounts userAccounts, AuditLog audit) {
        this.cohorts = cohorts;
        this.residents = residents;
        this.mentors = mentors;
        this.assembler = assembler;
        this.userAccounts = userAccounts;
        this.audit = audit;
    }

    /**
     * Adds new residents and updates known ones (matched by id). A resident who has already saved a preference
     * form keeps it: the import then updates only their name, e-mail and specialty.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ImportReport importResidents(long cohortId, byte[] csv, boolean dryRun) {
        CohortEntity cohort = editableCohort(cohortId, "a roster import");
        return importRows(RosterCsv.residents(Utf8.reader(csv)), Role.RESIDENT, cohort.getProgramId(), dryRun,
                byCode(residents.findByCohortIdOrderByCode(cohortId), ResidentEntity::getCode),
                code -> new ResidentEntity(cohort.getId(), code), (row, resident, userId) -> {
                    resident.setName(row.name());
                    resident.setEmail(row.email());
                    resident.setSpecialty(row.specialty());
                    if (resident.getFormSavedAt() == null) {
                        resident.setCareerGoal(row.careerGoal());
                        resident.setInterests(row.interests());
                        resident.setAvailability(row.availability());
                        resident.setOpenToOtherSpecialties(row.openToOtherSpecialties());
                    }
                    if (userId != null) {
                        resident.setUserId(userId);
                    }
                    residents.save(resident);
                }, report -> {
                    residents.flush();
                    audit.record("roster.residents-imported", "cohort", cohortId, cohortId, null, report);
                });
    }

    /** Adds new mentors and updates known ones (matched by id) with every column of the file. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ImportReport importMentors(long cohortId, byte[] csv, boolean dryRun) {
        CohortEntity cohort = editableCohort(cohortId, "a roster import");
        return importRows(RosterCsv.mentors(Utf8.reader(csv)), Role.MENTOR, cohort.getProgramId(), dryRun,
                byCode(mentors.findByCohortIdOrderByCode(cohortId), MentorEntity::getCode),
                code -> new MentorEntity(cohort.getId(), code), (row, mentor, userId) -> {
                    mentor.setName(row.name());
                    mentor.setEmail(row.email());
                    mentor.setKind(row.kind());
                    mentor.setSpecialty(row.specialty());
                    mentor.setInterests(row.interests());
                    mentor.setAvailability(row.availability());
                    mentor.setCapacity(row.capacity());
                    mentor.setAccepting(row.accepting());
                    if (userId != null) {
                        mentor.setUserId(userId);
                    }
                    mentors.save(mentor);
                }, report -> {
                    mentors.flush();
                    audit.record("roster.mentors-imported", "cohort", cohortId, cohortId, null, report);
                });
    }

    /** Applies one CSV row to its entity, with the id of the row's account (null: no e-mail, or left unlinked). */
    @FunctionalInterface
    private interface RowWriter<R, E> {
        void write(R row, E entity, Long userId);
    }

    /**
     * The all-or-nothing import both rosters share: report every bad row, change nothing on a dry run or on any
     * problem, else write each row over the known entity of its id or a new one.
     */
    private <R extends RosterCsv.RosterRow, E> ImportReport importRows(Parsed<R> parsed, Role role, long programId,
                                                                      boolean dryRun,
                                                                      Map<String, E> known, Function<String, E> create,
                                                                      RowWriter<R, E> writer,
                                                                      Consumer<ImportReport> done) {
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        List<FieldProblem> notices = parsed.rows().stream()
                .filter(row -> row.email() != null && userAccounts.staysUnlinked(row.email(), role, programId))
                .map(row -> new FieldProblem("email", ImportReport.ACCOUNT_EXISTS, row.line()))
                .toList();
        int created = (int) parsed.rows().stream().filter(row -> !known.containsKey(row.code())).count();
        ImportReport report = new ImportReport(dryRun, parsed.records(), created, parsed.rows().size() - created, problems,
                notices);
        if (dryRun) {
            return report;
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoster(problems);
        }
        for (R row : parsed.rows()) {
            E entity = known.containsKey(row.code()) ? known.get(row.code()) : create.apply(row.code());
            Long userId = row.email() == null ? null : userAccounts.accountFor(row.email(), row.name(), role, programId);
            writer.write(row, entity, userId);
        }
        done.accept(report);
        return report;
    }

    /**
     * Replaces the whole roster of a draft cohort with a cohort file: its weights and rules, mentors, residents
     * and pair lists. Mentors and residents keep their accounts when their id stays.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ImportReport importCohortFile(long cohortId, byte[] json, boolean dryRun) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (cohort.getState() != CohortState.DRAFT) {
            throw new CohortLocked(cohort.getState(), "a cohort file import (it replaces the whole roster)");
        }
        Cohort file;
        try {
            file = CohortFile.read(new ByteArrayInputStream(json));
        } catch (InvalidCohortException e) {
            List<FieldProblem> problems = CohortProblemWords.of(e.problems());
            if (dryRun) {
                return new ImportReport(true, 0, 0, 0, problems);
            }
            throw new InvalidRoster(problems);
        }
        Map<String, MentorEntity> knownMentors = byCode(mentors.findByCohortIdOrderByCode(cohortId), MentorEntity::getCode);
        Map<String, ResidentEntity> knownResidents = byCode(residents.findByCohortIdOrderByCode(cohortId), ResidentEntity::getCode);
        int rows = file.mentors().size() + file.residents().size();
        int updated = (int) (file.mentors().stream().filter(m -> knownMentors.containsKey(m.id().value())).count()
                + file.residents().stream().filter(r -> knownResidents.containsKey(r.id().value())).count());
        ImportReport report = new ImportReport(dryRun, rows, rows - updated, updated, List.of());
        if (dryRun) {
            return report;
        }
        assembler.replaceRoster(cohort, file);
        audit.record("roster.cohort-file-imported", "cohort", cohortId, cohortId, null, report);
        return report;
    }

    /** The cohort file of this cohort as stored, whether or not it is complete enough to be matched yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public byte[] exportCohortFile(long cohortId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortFile.JSON.writeValue(out, assembler.toDocument(cohortId));
        return out.toByteArray();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public RosterOverview overview(long cohortId) {
        cohorts.find(cohortId);
        List<ResidentEntity> residentRows = residents.findByCohortIdOrderByCode(cohortId);
        List<MentorEntity> mentorRows = mentors.findByCohortIdOrderByCode(cohortId);
        List<MentorEntity> accepting = mentorRows.stream().filter(MentorEntity::isAccepting).toList();
        return new RosterOverview(cohortId, residentRows.size(),
                (int) residentRows.stream().filter(r -> r.getFormSavedAt() != null).count(),
                mentorRows.size(), accepting.size(), accepting.stream().mapToInt(MentorEntity::getCapacity).sum());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public List<ResidentSummary> residents(long cohortId) {
        cohorts.find(cohortId);
        return residents.findByCohortIdOrderByCode(cohortId).stream().map(ResidentSummary::of).toList();
    }

    /** Every member of the cohort sees its mentors: residents rank them. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canViewCohort(#cohortId)")
    public List<MentorSummary> mentors(long cohortId) {
        cohorts.find(cohortId);
        return mentors.findByCohortIdOrderByCode(cohortId).stream().map(MentorSummary::of).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public String exportResidentsCsv(long cohortId) {
        cohorts.find(cohortId);
        return RosterCsv.write(RosterCsv.RESIDENT_COLUMNS, residents.findByCohortIdOrderByCode(cohortId).stream()
                .map(r -> List.of(r.getCode(), r.getName(), nullToEmpty(r.getEmail()), r.getSpecialty(), r.getCareerGoal(),
                        String.join(";", r.getInterests()), String.join(";", r.getAvailability()),
                        String.valueOf(r.isOpenToOtherSpecialties())))
                .toList());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public String exportMentorsCsv(long cohortId) {
        cohorts.find(cohortId);
        return RosterCsv.write(RosterCsv.MENTOR_COLUMNS, mentors.findByCohortIdOrderByCode(cohortId).stream()
                .map(m -> List.of(m.getCode(), m.getName(), nullToEmpty(m.getEmail()), m.getKind().name(), m.getSpecialty(),
                        String.join(";", m.getInterests()), String.join(";", m.getAvailability()),
                        String.valueOf(m.getCapacity()), String.valueOf(m.isAccepting())))
                .toList());
    }

    @PreAuthorize("@access.isManager()")
    public String residentTemplate() {
        return RosterCsv.residentTemplate();
    }

    @PreAuthorize("@access.isManager()")
    public String mentorTemplate() {
        return RosterCsv.mentorTemplate();
    }

    private CohortEntity editableCohort(long cohortId, String what) {
        CohortEntity cohort = cohorts.lockedCohort(cohortId);
        if (!cohort.getState().rosterEditable()) {
            throw new CohortLocked(cohort.getState(), what);
        }
        return cohort;
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        Map<String, T> byCode = new HashMap<>();
        rows.forEach(row -> byCode.put(code.apply(row), row));
        return byCode;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
