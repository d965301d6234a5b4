package io.mentormatch.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.account.UserAccountEntity;
import io.mentormatch.api.account.UserAccountRepository;
import io.mentormatch.api.cohort.CohortEntity;
import io.mentormatch.api.cohort.CohortRepository;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.internal.ProgramEntity;
import io.mentormatch.api.cohort.internal.ProgramRepository;
import io.mentormatch.api.roster.internal.MentorEntity;
import io.mentormatch.api.roster.internal.MentorRepository;
import io.mentormatch.api.roster.internal.PairRuleEntity;
import io.mentormatch.api.roster.PairRuleKind;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.roster.internal.PairRuleRepository;
import io.mentormatch.api.roster.internal.ResidentEntity;
import io.mentormatch.api.roster.internal.ResidentRepository;

/**
 * Builds a small world for a test straight through the repositories: a program with a director, a cohort with
 * two mentors and two residents who have accounts, and a conflict of interest between R2 and F1. Every name is
 * unique, so tests sharing a context never collide.
 */
@Component
public class TestData {

    public static final String PASSWORD = "demo-password";

    private final ProgramRepository programs;
    private final CohortRepository cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final UserAccountRepository accounts;
    private final PairRuleRepository pairRules;
    private final TransactionTemplate tx;
    /** Hashed once: BCrypt is slow on purpose, and the role matrix builds hundreds of accounts. */
    private final String passwordHash;

    TestData(ProgramRepository programs, CohortRepository cohorts, MentorRepository mentors,
             ResidentRepository residents, UserAccountRepository accounts, PairRuleRepository pairRules,
             PasswordEncoder passwordEncoder,
             TransactionTemplate tx) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
        this.accounts = accounts;
        this.pairRules = pairRules;
        this.tx = tx;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    /** Signs the request in as this account, with the roles its account has. */
    public RequestPostProcessor as(String username) {
        UserAccountEntity account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        return SecurityMockMvcRequestPostProcessors.user(username).roles(account.getRole().name());
    }

    /** Runs work as this account, as a web page calling a service directly would. */
    public <T> T callAs(String username, Supplier<T> work) {
        UserAccountEntity account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(account.getRole().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A program, its director, one cohort in the given state, mentors F1, F2 and residents R1, R2, each with an account. */
    public World world(CohortState state) {
        return tx.execute(status -> {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            ProgramEntity program = programs.save(new ProgramEntity("Program " + tag));
            UserAccountEntity director = account("director-" + tag, Role.DIRECTOR, program.getId());
            UserAccountEntity admin = account("admin-" + tag, Role.ADMIN, null);
            CohortEntity cohort = new CohortEntity(program.getId(), "C-" + tag, Instant.now());
            cohort.setName("Cohort " + tag);
            cohort.setAcademicYear("2027-2028");
            cohort.setResponseWindowDays(7);
            cohort.setMaxRankedMentors(3);
            cohort.setPreferenceDeadline(Instant.now().plus(30, ChronoUnit.DAYS));
            cohort.setState(state);
            cohort = cohorts.save(cohort);
            UserAccountEntity mentor1 = account("mentor1-" + tag, Role.MENTOR, null);
            UserAccountEntity mentor2 = account("mentor2-" + tag, Role.MENTOR, null);
            UserAccountEntity resident1 = account("resident1-" + tag, Role.RESIDENT, null);
            UserAccountEntity resident2 = account("resident2-" + tag, Role.RESIDENT, null);
            MentorEntity f1 = mentor(cohort.getId(), "F1", "Cardiology", mentor1);
            mentor(cohort.getId(), "F2", "Pediatrics", mentor2);
            resident(cohort.getId(), "R1", "Cardiology", resident1);
            ResidentEntity r2 = resident(cohort.getId(), "R2", "Pediatrics", resident2);
            pairRules.save(new PairRuleEntity(cohort.getId(), PairRuleKind.CONFLICT, r2.getId(), f1.getId(),
                    "direct supervisor", Instant.now()));
            return new World(program.getId(), cohort.getId(), admin.getUsername(), director.getUsername(),
                    mentor1.getUsername(), mentor2.getUsername(), resident1.getUsername(), resident2.getUsername());
        });
    }

    /** A director of a program of their own, who must not see other programs' cohorts. */
    public String outsiderDirector() {
        return tx.execute(status -> {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            ProgramEntity program = programs.save(new ProgramEntity("Other " + tag));
            return account("outsider-" + tag, Role.DIRECTOR, program.getId()).getUsername();
        });
    }

    private UserAccountEntity account(String username, Role role, Long programId) {
        return accounts.save(new UserAccountEntity(username, username, username + "@example.org",
                passwordHash, role, programId));
    }

    private MentorEntity mentor(long cohortId, String code, String specialty, UserAccountEntity user) {
        MentorEntity mentor = new MentorEntity(cohortId, code);
        mentor.setName("Dr. " + code);
        mentor.setEmail(user.getEmail());
        mentor.setUserId(user.getId());
        mentor.setSpecialty(specialty);
        mentor.setInterests(List.of("research", "teaching"));
        mentor.setAvailability(List.of("MON-18", "WED-07"));
        mentor.setCapacity(2);
        return mentors.save(mentor);
    }

    private ResidentEntity resident(long cohortId, String code, String specialty, UserAccountEntity user) {
        ResidentEntity resident = new ResidentEntity(cohortId, code);
        resident.setName("Resident " + code);
        resident.setEmail(user.getEmail());
        resident.setUserId(user.getId());
        resident.setSpecialty("Internal Medicine");
        resident.setCareerGoal(specialty);
        resident.setInterests(List.of("research"));
        resident.setAvailability(List.of("MON-18"));
        return residents.save(resident);
    }

    public record World(long programId, long cohortId, String admin, String director, String mentor1, String mentor2,
                        String resident1, String resident2) {
    }
}
