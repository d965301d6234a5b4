package io.mentormatch.web.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.CohortView;
import io.mentormatch.api.cohort.NewCohort;
import io.mentormatch.api.cohort.NewProgram;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.cohort.ProgramView;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;
import io.mentormatch.core.cohort.ResidentId;

/**
 * Loads three programs into an empty database so that a newcomer can sign in and look around: Internal Medicine
 * (40 residents, 25 mentors, open for preferences, most forms in), Pediatrics (20 residents, 12 mentors, matched
 * and proposed to its mentors) and General Surgery (published four months ago, its mentoring year under way:
 * {@link DemoGeneralSurgery}). Runs through the secured services as the system actor, the rosters as CSV imports
 * and the residents' forms as they send them, so the demo is checked and audited like real data. The Pediatrics and General Surgery runs are
 * real background runs: what follows them (proposals, publication, the mentoring year) is loaded once they have
 * finished, a few seconds after start-up.
 * <p>
 * Only under the Spring profile {@code demo} (the README's run command turns it on): its logins have a published
 * password, so a real deployment never runs it. It runs before the other start-up tasks, so that the first
 * administrator's check finds its accounts.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-2027-riverside";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ProgramService programs;
    private final CohortService cohorts;
    private final UserAccounts accounts;
    private final RosterService rosters;
    private final PreferenceService preferences;
    private final RunService runs;
    private final ProposalSending sending;
    private final DemoGeneralSurgery generalSurgery;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final Clock clock;
    private final String contextPath;

    DemoData(ProgramService programs, CohortService cohorts, UserAccounts accounts, RosterService rosters,
             PreferenceService preferences, RunService runs, ProposalSending sending, DemoGeneralSurgery generalSurgery,
             TransactionTemplate transactions,
             Environment environment, Clock clock, @Value("${server.servlet.context-path:}") String contextPath) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.rosters = rosters;
        this.preferences = preferences;
        this.runs = runs;
        this.sending = sending;
        this.generalSurgery = generalSurgery;
        this.transactions = transactions;
        this.environment = environment;
        this.clock = clock;
        this.contextPath = contextPath;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoLogin> logins = DemoLogin.ALL;
        if (!SystemActor.call(programs::anyExists)) {
            ToMatch toMatch = SystemActor.call(() -> transactions.execute(status -> load()));
            background("demo-pediatrics-run", () -> matchAndProposeOrWarn(toMatch.pediatrics()));
            background("demo-general-surgery-year", () -> generalSurgery.matchPublishAndLive(toMatch.generalSurgery()));
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n  Mentor matching is running at http://localhost:" + port + contextPath + "/\n");
        banner.append("  Demo logins (demo data only; password for all: ").append(PASSWORD).append("):\n");
        logins.forEach(login -> banner.append(String.format("    %-9s %-15s %s%n", login.role(), login.username(), login.who())));
        log.info(banner.toString());
    }

    private static void background(String name, Runnable work) {
        Thread thread = new Thread(() -> SystemActor.run(work), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The cohorts the demo still has to match once loaded, in the background. */
    private record ToMatch(long pediatrics, long generalSurgery) {
    }

    private ToMatch load() {
        ProgramView medicine = programs.create(new NewProgram("Internal Medicine"));
        ProgramView pediatrics = programs.create(new NewProgram("Pediatrics"));
        account("admin", "Alex Morgan (administrator)", null, Role.ADMIN, null);
        account("im.director", "Dr. Helen Park", "helen.park@riverside-hospital.example", Role.DIRECTOR, medicine.id());
        account("peds.director", "Dr. Samir Aziz", "samir.aziz@riverside-hospital.example", Role.DIRECTOR, pediatrics.id());

        DemoPeople people = new DemoPeople(2027);
        CohortView im = cohort(medicine, "IM-2027", "Internal Medicine PGY-1, 2027-2028", 6);
        List<DemoRoster.Mentor> imMentors = DemoRoster.mentors(people, 25, DemoCatalog.IM_MENTOR_SPECIALTIES,
                DemoCatalog.IM_INTERESTS);
        List<DemoRoster.Resident> imResidents = DemoRoster.residents(people, 40, "Internal Medicine",
                DemoCatalog.IM_GOALS, DemoCatalog.IM_INTERESTS, imMentors, 34);
        CohortView peds = cohort(pediatrics, "PEDS-2027", "Pediatrics PGY-1, 2027-2028", 21);
        List<DemoRoster.Mentor> pedsMentors = new ArrayList<>(DemoRoster.mentors(people, 12,
                DemoCatalog.PEDS_MENTOR_SPECIALTIES, DemoCatalog.PEDS_INTERESTS));
        List<DemoRoster.Resident> pedsResidents = DemoRoster.residents(people, 20, "Pediatrics", DemoCatalog.PEDS_GOALS,
                DemoCatalog.PEDS_INTERESTS, pedsMentors, 20);

        // The import links each row to the account of its e-mail, so the two demo logins are made first.
        // The demo resident has not filled in the form yet, so the first visit shows it empty with recommendations.
        DemoRoster.Resident resident = imResidents.get(imResidents.size() - 1);
        account("resident", resident.name(), resident.email(), Role.RESIDENT, null);
        // The demo mentor is the Pediatrics mentor with the most places, so the inbox has proposals to answer.
        pedsMentors.set(0, pedsMentors.get(0).withCapacity(3));
        account("mentor", pedsMentors.get(0).name(), pedsMentors.get(0).email(), Role.MENTOR, null);

        open(im, imMentors, imResidents);
        open(peds, pedsMentors, pedsResidents);
        return new ToMatch(peds.id(), generalSurgery.prepare(people));
    }

    /** Imports the roster as a director would, opens the cohort, and sends the residents' forms as they would. */
    private void open(CohortView cohort, List<DemoRoster.Mentor> mentors, List<DemoRoster.Resident> residents) {
        rosters.importMentors(cohort.id(), DemoRoster.mentorCsv(mentors), false);
        rosters.importResidents(cohort.id(), DemoRoster.residentCsv(residents), false);
        cohorts.transition(cohort.id(), CohortState.OPEN_FOR_PREFERENCES);
        for (DemoRoster.Resident resident : residents) {
            if (resident.form() != null) {
                ResidentId id = ResidentId.of(resident.code());
                preferences.save(cohort.id(), id, preferences.form(cohort.id(), id).version(), resident.form());
            }
        }
    }

    private void matchAndProposeOrWarn(long cohortId) {
        try {
            matchAndPropose(cohortId);
        } catch (RuntimeException e) {
            log.warn("Demo: the Pediatrics matching could not be run ({}); start it from the director's pages.", e.getMessage());
        }
    }

    private void matchAndPropose(long cohortId) {
        RunStatus status = DemoRuns.runAndWait(runs, cohortId, new StartRun("optimal-load-balanced", 20));
        if (status == RunStatus.SUCCEEDED) {
            sending.send(cohortId);
            log.info("Demo: the Pediatrics matching is done and its proposals are sent to the mentors.");
        } else {
            log.warn("Demo: the Pediatrics matching ended as {}; start it again from the director's pages.", status);
        }
    }

    private CohortView cohort(ProgramView program, String code, String name, int deadlineInDays) {
        return cohorts.create(new NewCohort(program.id(), code, name, "2027-2028",
                clock.instant().plus(Duration.ofDays(deadlineInDays)), 7, 5, false, false, null));
    }

    private long account(String username, String displayName, String email, Role role, Long programId) {
        return accounts.create(new NewUser(username, displayName, email, PASSWORD, role, programId)).id();
    }
}
