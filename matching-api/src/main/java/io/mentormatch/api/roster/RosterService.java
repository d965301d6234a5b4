package io.mentormatch.api.roster;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.mentormatch.api.audit.AuditLog;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortLocked;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.roster.RosterCsv.MentorRow;
import io.mentormatch.api.roster.RosterCsv.Parsed;
import io.mentormatch.api.roster.RosterCsv.ResidentRow;
import io.mentormatch.api.system.FieldProblem;
import io.mentormatch.api.system.Role;
import io.mentormatch.api.system.UserAccount;
import io.mentormatch.api.system.UserAccountRepository;
import io.mentormatch.api.system.UserAccounts;
import io.mentormatch.core.cohort.Cohort;
import io.mentormatch.core.cohort.CohortFile;
import io.mentormatch.core.cohort.InvalidCohortException;
import io.mentormatch.core.cohort.Mentor;
import io.mentormatch.core.cohort.MentorId;
import io.mentormatch.core.cohort.Pair;
import io.mentormatch.core.cohort.PairBan;
import io.mentormatch.core.cohort.Resident;
import io.mentormatch.core.cohort.ResidentId;

/**
 * Rosters: CSV import of residents and mentors (with dry run), the cohort file import and export, and the
 * roster lists. Every import is all-or-nothing: it runs in one transaction and changes nothing when any row is bad.
 */
@Service
public class RosterService {

    private final CohortService cohorts;
    private final ResidentRepository residents;
    private final MentorRepository mentors;
    private final PairRuleRepository pairRules;
    private final CohortAssembler assembler;
    private final UserAccounts userAccounts;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    RosterService(CohortService cohorts, ResidentRepository residents, MentorRepository mentors,
                  PairRuleRepository pairRules, CohortAssembler assembler, UserAccounts userAccounts,
                  UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.cohorts = cohorts;
        this.residents = residents;
        this.mentors = mentors;
        this.pairRules = pairRules;
        this.assembler = assembler;
        this.userAccounts = userAccounts;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds new residents and updates known ones (matched by id). A resident who has already saved a preference
     * form keeps it: the import then updates only their name, e-mail and specialty.
     */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ImportReport importResidents(long cohortId, byte[] csv, boolean dryRun) {
        CohortEntity cohort = editableCohort(cohortId, "a roster import");
        Parsed<ResidentRow> parsed = RosterCsv.residents(Utf8.reader(csv));
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        parsed.rows().forEach(row -> accountProblem(row.email(), Role.RESIDENT, row.line(), problems));
        Map<String, ResidentEntity> known = byCode(residents.findByCohortIdOrderByCode(cohortId), ResidentEntity::getCode);
        int created = (int) parsed.rows().stream().filter(row -> !known.containsKey(row.code())).count();
        ImportReport report = new ImportReport(dryRun, parsed.records(), created, parsed.rows().size() - created, problems);
        if (dryRun) {
            return report;
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoster(problems);
        }
        for (ResidentRow row : parsed.rows()) {
            ResidentEntity resident = known.getOrDefault(row.code(), new ResidentEntity(cohort.getId(), row.code()));
            resident.setName(row.name());
            resident.setEmail(row.email());
            resident.setSpecialty(row.specialty());
            if (resident.getFormSavedAt() == null) {
                resident.setCareerGoal(row.careerGoal());
                resident.setInterests(row.interests());
                resident.setAvailability(row.availability());
                resident.setOpenToOtherSpecialties(row.openToOtherSpecialties());
            }
            if (row.email() != null) {
                resident.setUserId(userAccounts.accountFor(row.email(), row.name(), Role.RESIDENT));
            }
            residents.save(resident);
        }
        residents.flush();
        audit.record("roster.residents-imported", "cohort", cohortId, cohortId, null, report);
        return report;
    }

    /** Adds new mentors and updates known ones (matched by id) with every column of the file. */
    @Transactional
    @PreAuthorize("@access.canManageCohort(#cohortId)")
    public ImportReport importMentors(long cohortId, byte[] csv, boolean dryRun) {
        CohortEntity cohort = editableCohort(cohortId, "a roster import");
        Parsed<MentorRow> parsed = RosterCsv.mentors(Utf8.reader(csv));
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        parsed.rows().forEach(row -> accountProblem(row.email(), Role.MENTOR, row.line(), problems));
        Map<String, MentorEntity> known = byCode(mentors.findByCohortIdOrderByCode(cohortId), MentorEntity::getCode);
        int created = (int) parsed.rows().stream().filter(row -> !known.containsKey(row.code())).count();
        ImportReport report = new ImportReport(dryRun, parsed.records(), created, parsed.rows().size() - created, problems);
        if (dryRun) {
            return report;
        }
        if (!problems.isEmpty()) {
            throw new InvalidRoster(problems);
        }
        for (MentorRow row : parsed.rows()) {
            MentorEntity mentor = known.getOrDefault(row.code(), new MentorEntity(cohort.getId(), row.code()));
            mentor.setName(row.name());
            mentor.setEmail(row.email());
            mentor.setKind(row.kind());
            mentor.setSpecialty(row.specialty());
            mentor.setInterests(row.interests());
            mentor.setAvailability(row.availability());
            mentor.setCapacity(row.capacity());
            mentor.setAccepting(row.accepting());
            if (row.email() != null) {
                mentor.setUserId(userAccounts.accountFor(row.email(), row.name(), Role.MENTOR));
            }
            mentors.save(mentor);
        }
        mentors.flush();
        audit.record("roster.mentors-imported", "cohort", cohortId, cohortId, null, report);
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
            List<FieldProblem> problems = e.problems().stream().map(p -> FieldProblem.of(p.field(), p.message())).toList();
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
        pairRules.deleteByCohortId(cohortId);
        pairRules.flush();
        cohort.setWeights(file.weights());
        cohort.setRequireSameSpecialty(file.info().requireSameSpecialty());
        cohort.setPreferContinuity(file.info().preferContinuity());
        Map<MentorId, Long> mentorIds = replaceMentors(cohortId, file.mentors(), knownMentors);
        Map<ResidentId, Long> residentIds = replaceResidents(cohortId, file.residents(), knownResidents);
        addBans(cohortId, PairRuleKind.CONFLICT, file.conflicts(), residentIds, mentorIds);
        addBans(cohortId, PairRuleKind.DECLINED, file.declined(), residentIds, mentorIds);
        addPairs(cohortId, PairRuleKind.PINNED, file.pinned(), residentIds, mentorIds);
        addPairs(cohortId, PairRuleKind.PREVIOUS, file.previousPairs(), residentIds, mentorIds);
        pairRules.flush();
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

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public String residentTemplate() {
        return RosterCsv.residentTemplate();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
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

    /** An imported e-mail may name an existing account only if that account has the role the roster gives. */
    private void accountProblem(String email, Role role, int line, List<FieldProblem> problems) {
        if (email == null) {
            return;
        }
        accounts.findByUsernameIgnoreCase(email).or(() -> accounts.findByEmailIgnoreCase(email))
                .map(UserAccount::getRole)
                .filter(existing -> existing != role)
                .ifPresent(existing -> problems.add(new FieldProblem("email",
                        "belongs to an account with role " + existing + ", not " + role, line)));
    }

    private Map<MentorId, Long> replaceMentors(long cohortId, List<Mentor> fileMentors, Map<String, MentorEntity> known) {
        Set<String> kept = fileMentors.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        known.values().stream().filter(m -> !kept.contains(m.getCode())).forEach(mentors::delete);
        Map<MentorId, Long> ids = new HashMap<>();
        for (Mentor m : fileMentors) {
            MentorEntity mentor = known.getOrDefault(m.id().value(), new MentorEntity(cohortId, m.id().value()));
            mentor.setName(m.name());
            mentor.setKind(m.kind());
            mentor.setSpecialty(m.specialty());
            mentor.setInterests(m.interests());
            mentor.setAvailability(m.availability().slots());
            mentor.setCapacity(m.capacity());
            mentor.setAccepting(m.accepting());
            mentor.setPreferredResidents(m.preferredResidents().stream().map(ResidentId::value).toList());
            ids.put(m.id(), mentors.save(mentor).getId());
        }
        mentors.flush();
        return ids;
    }

    private Map<ResidentId, Long> replaceResidents(long cohortId, List<Resident> fileResidents,
                                                   Map<String, ResidentEntity> known) {
        Set<String> kept = new HashSet<>();
        fileResidents.forEach(r -> kept.add(r.id().value()));
        known.values().stream().filter(r -> !kept.contains(r.getCode())).forEach(residents::delete);
        Map<ResidentId, Long> ids = new HashMap<>();
        for (Resident r : fileResidents) {
            ResidentEntity resident = known.getOrDefault(r.id().value(), new ResidentEntity(cohortId, r.id().value()));
            resident.setName(r.name());
            resident.setSpecialty(r.specialty());
            resident.setCareerGoal(r.careerGoal());
            resident.setInterests(r.interests());
            resident.setAvailability(r.availability().slots());
            resident.setRanking(r.ranking().stream().map(MentorId::value).toList());
            resident.setAvoid(r.avoid().stream().map(MentorId::value).sorted().toList());
            resident.setOpenToOtherSpecialties(r.openToOtherSpecialties());
            ids.put(r.id(), residents.save(resident).getId());
        }
        residents.flush();
        return ids;
    }

    private void addBans(long cohortId, PairRuleKind kind, List<PairBan> bans, Map<ResidentId, Long> residentIds,
                         Map<MentorId, Long> mentorIds) {
        bans.forEach(ban -> pairRules.save(new PairRule(cohortId, kind, residentIds.get(ban.resident()),
                mentorIds.get(ban.mentor()), ban.reason(), clock.instant())));
    }

    private void addPairs(long cohortId, PairRuleKind kind, List<Pair> pairs, Map<ResidentId, Long> residentIds,
                          Map<MentorId, Long> mentorIds) {
        pairs.forEach(pair -> pairRules.save(new PairRule(cohortId, kind, residentIds.get(pair.resident()),
                mentorIds.get(pair.mentor()), null, clock.instant())));
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
