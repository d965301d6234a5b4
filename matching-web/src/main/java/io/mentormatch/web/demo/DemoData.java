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
import io.mentormatch.api.cohort.ProgramRepository;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.cohort.ProgramView;
import io.mentormatch.api.proposal.ProposalService;
import io.mentormatch.api.roster.MentorEntity;
import io.mentormatch.api.roster.MentorRepository;
import io.mentormatch.api.roster.ResidentEntity;
import io.mentormatch.api.roster.ResidentRepository;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.system.Role;
import io.mentormatch.api.system.SystemActor;
import io.mentormatch.core.cohort.MentorKind;

/**
 * Loads two programs into an empty database so that a newcomer can sign in and look around: Internal Medicine
 * (40 residents, 25 mentors, open for preferences, most forms in) and Pediatrics (20 residents, 12 mentors, matched
 * and proposed to its mentors). Runs through the secured services as the system actor; only the roster rows, which
 * the roster import would write, go straight to their repositories. The Pediatrics run is a real background run:
 * its proposals are sent once it has finished, a few seconds after start-up.
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

    private final ProgramRepository programRepository;
    private final ProgramService programs;
    private final CohortService cohorts;
    private final UserAccounts accounts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final RunService runs;
    private final ProposalService proposals;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final Clock clock;
    private final String contextPath;

    DemoData(ProgramRepository programRepository, ProgramService programs, CohortService cohorts,
             UserAccounts accounts, MentorRepository mentors, ResidentRepository residents,
             RunService runs, ProposalService proposals, TransactionTemplate transactions, Environment environment, Clock clock,
             @Value("${server.servlet.context-path:}") String contextPath) {
        this.programRepository = programRepository;
        this.programs = programs;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.mentors = mentors;
        this.residents = residents;
        this.runs = runs;
        this.proposals = proposals;
        this.transactions = transactions;
        this.environment = environment;
        this.clock = clock;
        this.contextPath = contextPath;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoLogin> logins = DemoLogin.ALL;
        if (programRepository.count() == 0) {
            long pediatrics = SystemActor.call(() -> transactions.execute(status -> load()));
            Thread proposing = new Thread(() -> SystemActor.run(() -> matchAndProposeOrWarn(pediatrics)), "demo-pediatrics-run");
            proposing.setDaemon(true);
            proposing.start();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n  Mentor matching is running at http://localhost:" + port + contextPath + "/\n");
        banner.append("  Demo logins (demo data only; password for all: ").append(PASSWORD).append("):\n");
        logins.forEach(login -> banner.append(String.format("    %-9s %-15s %s%n", login.role(), login.username(), login.who())));
        log.info(banner.toString());
    }

    /** Returns the Pediatrics cohort, which still has to be matched. */
    private long load() {
        ProgramView medicine = programs.create(new NewProgram("Internal Medicine"));
        ProgramView pediatrics = programs.create(new NewProgram("Pediatrics"));
        account("admin", "Alex Morgan (administrator)", null, Role.ADMIN, null);
        account("im.director", "Dr. Helen Park", "helen.park@riverside-hospital.example", Role.DIRECTOR, medicine.id());
        account("peds.director", "Dr. Samir Aziz", "samir.aziz@riverside-hospital.example", Role.DIRECTOR, pediatrics.id());

        DemoPeople people = new DemoPeople(2027);
        CohortView im = cohort(medicine, "IM-2027", "Internal Medicine PGY-1, 2027-2028", 6);
        List<MentorEntity> imMentors = mentors(im, people, 25, DemoCatalog.IM_MENTOR_SPECIALTIES, DemoCatalog.IM_INTERESTS);
        List<ResidentEntity> imResidents = residents(im, people, 40, "Internal Medicine", DemoCatalog.IM_GOALS,
                DemoCatalog.IM_INTERESTS, imMentors, 34);
        cohorts.transition(im.id(), CohortState.OPEN_FOR_PREFERENCES);

        CohortView peds = cohort(pediatrics, "PEDS-2027", "Pediatrics PGY-1, 2027-2028", 21);
        List<MentorEntity> pedsMentors = mentors(peds, people, 12, DemoCatalog.PEDS_MENTOR_SPECIALTIES, DemoCatalog.PEDS_INTERESTS);
        residents(peds, people, 20, "Pediatrics", DemoCatalog.PEDS_GOALS, DemoCatalog.PEDS_INTERESTS, pedsMentors, 20);
        cohorts.transition(peds.id(), CohortState.OPEN_FOR_PREFERENCES);

        // The demo resident has not filled in the form yet, so the first visit shows it empty with recommendations.
        ResidentEntity resident = imResidents.get(imResidents.size() - 1);
        link(resident, account("resident", resident.getName(), null, Role.RESIDENT, null));
        // The demo mentor is the Pediatrics mentor with the most places, so the inbox has proposals to answer.
        MentorEntity mentor = pedsMentors.get(0);
        mentor.setCapacity(3);
        link(mentor, account("mentor", mentor.getName(), null, Role.MENTOR, null));
        return peds.id();
    }

    private void matchAndProposeOrWarn(long cohortId) {
        try {
            matchAndPropose(cohortId);
        } catch (RuntimeException e) {
            log.warn("Demo: the Pediatrics matching could not be run ({}); start it from the director's pages.", e.getMessage());
        }
    }

    private void matchAndPropose(long cohortId) {
        long runId = runs.start(cohortId, new StartRun("optimal-load-balanced", 20)).id();
        long giveUpAt = System.currentTimeMillis() + 120_000;
        RunStatus status = RunStatus.QUEUED;
        while (status.isActive() && System.currentTimeMillis() < giveUpAt) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            status = runs.get(cohortId, runId).status();
        }
        if (status == RunStatus.SUCCEEDED) {
            proposals.send(cohortId);
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

    private List<MentorEntity> mentors(CohortView cohort, DemoPeople people, int count, List<String> specialties,
                                       List<String> interests) {
        List<MentorEntity> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean senior = i % 6 == 0;
            String name = people.name(senior ? "" : "Dr.");
            MentorEntity mentor = new MentorEntity(cohort.id(), String.format("M%03d", i));
            mentor.setName(name);
            mentor.setEmail(DemoPeople.email(name));
            mentor.setKind(senior ? MentorKind.SENIOR_RESIDENT : MentorKind.FACULTY);
            mentor.setSpecialty(senior ? specialties.get(0) : specialties.get((i - 1) % specialties.size()));
            mentor.setInterests(people.some(interests, people.between(3, 5)));
            mentor.setAvailability(people.hours(people.between(2, 4)));
            mentor.setCapacity(senior ? 1 : people.between(1, 3));
            mentor.setAccepting(i != 7);
            mentor.setUserId(accounts.accountFor(mentor.getEmail(), name, Role.MENTOR));
            created.add(mentors.save(mentor));
        }
        return created;
    }

    private List<ResidentEntity> residents(CohortView cohort, DemoPeople people, int count, String specialty,
                                           List<String> goals, List<String> interests, List<MentorEntity> mentorsToRank,
                                           int submitted) {
        List<ResidentEntity> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = people.name("");
            ResidentEntity resident = new ResidentEntity(cohort.id(), String.format("R%03d", i));
            resident.setName(name);
            resident.setEmail(DemoPeople.email(name));
            resident.setSpecialty(specialty);
            if (i <= submitted) {
                String goal = people.pick(goals);
                resident.setCareerGoal(goal);
                resident.setInterests(people.some(interests, people.between(2, 4)));
                resident.setAvailability(people.hours(people.between(3, 5)));
                resident.setRanking(ranking(people, goal, mentorsToRank));
                resident.setOpenToOtherSpecialties(people.chance(0.7));
                List<MentorEntity> notRanked = mentorsToRank.stream()
                        .filter(m -> !resident.getRanking().contains(m.getCode())).toList();
                if (!notRanked.isEmpty() && people.chance(0.1)) {
                    resident.setAvoid(List.of(people.pick(notRanked).getCode()));
                }
                resident.setFormSavedAt(clock.instant().minus(Duration.ofHours(people.between(2, 200))));
            }
            resident.setUserId(accounts.accountFor(resident.getEmail(), name, Role.RESIDENT));
            created.add(residents.save(resident));
        }
        return created;
    }

    /** Residents rank mentors of their career goal first, then a couple of others. */
    private static List<String> ranking(DemoPeople people, String goal, List<MentorEntity> candidates) {
        List<String> ranking = new ArrayList<>();
        people.some(candidates.stream().filter(m -> m.getSpecialty().equals(goal)).toList(), 2)
                .forEach(m -> ranking.add(m.getCode()));
        for (MentorEntity other : people.some(candidates, 4)) {
            if (ranking.size() < 3 && !ranking.contains(other.getCode())) {
                ranking.add(other.getCode());
            }
        }
        return ranking;
    }

    private void link(ResidentEntity resident, long userId) {
        resident.setUserId(userId);
        residents.save(resident);
    }

    private void link(MentorEntity mentor, long userId) {
        mentor.setUserId(userId);
        mentors.save(mentor);
    }
}
