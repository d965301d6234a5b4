package io.mentormatch.web.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.NewCohort;
import io.mentormatch.api.cohort.NewProgram;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.preference.PreferenceForm;
import io.mentormatch.api.preference.PreferenceService;
import io.mentormatch.api.proposal.Decision;
import io.mentormatch.api.proposal.MentorDecisions;
import io.mentormatch.api.proposal.PairingChange;
import io.mentormatch.api.proposal.PairingEdits;
import io.mentormatch.api.proposal.ProposalSending;
import io.mentormatch.api.proposal.ProposalView;
import io.mentormatch.api.publication.PublicationService;
import io.mentormatch.api.publication.PublishRequest;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.run.RunService;
import io.mentormatch.api.run.RunStatus;
import io.mentormatch.api.run.StartRun;
import io.mentormatch.api.access.Role;
import io.mentormatch.core.cohort.ResidentId;

/**
 * The demo's third program, General Surgery, four months into its mentoring year: its 2026-2027 cohort matched,
 * accepted by its mentors and published, then lived by {@link DemoSurgeryYear}. Every person of the cohort has an
 * account, because only the two members of a pairing may log its meetings and answer its surveys, and the demo does
 * that through the services as they would. Like every demo account they have a short user name ({@link #login}) and
 * the demo password, so the administrator's list shows them as the demo logins are shown, and anyone trying the
 * demo may sign in as, say, the resident who asked for a change.
 * <p>
 * The services stamp what they store with the clock, and a cohort cannot be published in the past: after
 * publishing, {@link #backdate} moves the publication and its proposals' sending and answers four months back,
 * with one demo-only SQL update per table. Everything after that (meetings, surveys, the change request) goes
 * through the services, the meetings on dates in the past.
 */
@Component
@Profile("demo")
class DemoGeneralSurgery {

    static final String RESIDENT = "gs.resident";
    static final String MENTOR = "gs.mentor";
    static final String DIRECTOR = "gs.director";
    static final String COHORT_CODE = "GS-2026";
    /** About four months: the cohort was published this many days before the app started. */
    static final int PUBLISHED_DAYS_AGO = 122;

    private static final Logger log = LoggerFactory.getLogger(DemoGeneralSurgery.class);
    private static final List<String> MENTOR_SPECIALTIES = List.of("General Surgery", "Trauma and Acute Care Surgery",
            "Surgical Oncology", "Vascular Surgery", "Colorectal Surgery", "Pediatric Surgery",
            "Minimally Invasive Surgery", "Breast Surgery");
    private static final List<String> GOALS = List.of("General Surgery", "General Surgery", "Surgical Oncology",
            "Trauma and Acute Care Surgery", "Vascular Surgery", "Colorectal Surgery", "Pediatric Surgery");
    private static final List<String> INTERESTS = List.of("surgical education", "robotic surgery", "trauma systems",
            "global surgery", "clinical research", "wellness", "quality improvement", "simulation", "women in surgery",
            "health equity", "critical care", "surgical oncology research");

    private final ProgramService programs;
    private final CohortService cohorts;
    private final UserAccounts accounts;
    private final RosterService rosters;
    private final PreferenceService preferences;
    private final RunService runs;
    private final PairingEdits edits;
    private final ProposalSending sending;
    private final MentorDecisions decisions;
    private final PublicationService publications;
    private final DemoSurgeryYear year;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private Map<String, String> mentorLogins = Map.of();

    DemoGeneralSurgery(ProgramService programs, CohortService cohorts, UserAccounts accounts, RosterService rosters,
                       PreferenceService preferences, RunService runs, PairingEdits edits, ProposalSending sending,
                       MentorDecisions decisions, PublicationService publications, DemoSurgeryYear year,
                       JdbcTemplate jdbc, Clock clock) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.rosters = rosters;
        this.preferences = preferences;
        this.runs = runs;
        this.edits = edits;
        this.sending = sending;
        this.decisions = decisions;
        this.publications = publications;
        this.year = year;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The program, its director, its people and their sent forms; returns the cohort, which still has to be matched. */
    long prepare(DemoPeople people) {
        long program = programs.create(new NewProgram("General Surgery")).id();
        account(DIRECTOR, "Dr. Miriam Achebe", "miriam.achebe@riverside-hospital.example", Role.DIRECTOR, program);
        long cohortId = cohorts.create(new NewCohort(program, COHORT_CODE, "General Surgery PGY-1, 2026-2027", "2026-2027",
                clock.instant().plus(Duration.ofDays(3)), 7, 5, false, false, null)).id();
        List<DemoRoster.Mentor> mentors = new ArrayList<>();
        DemoRoster.mentors(people, 8, MENTOR_SPECIALTIES, INTERESTS).forEach(m -> mentors.add(m.withCapacity(2)));
        List<DemoRoster.Resident> residents = new ArrayList<>(DemoRoster.residents(people, 12, "General Surgery", GOALS,
                INTERESTS, mentors, 12));
        residents.set(0, withMentorFirst(residents.get(0), mentors.get(0)));

        // the import links each roster row to the account of its e-mail, so the accounts come first
        residents.forEach(r -> account(login(r.code()), r.name(), r.email(), Role.RESIDENT, null));
        mentors.forEach(m -> account(login(m.code()), m.name(), m.email(), Role.MENTOR, null));
        mentorLogins = mentors.stream().collect(Collectors.toMap(DemoRoster.Mentor::code, m -> login(m.code())));

        rosters.importMentors(cohortId, DemoRoster.mentorCsv(mentors), false);
        rosters.importResidents(cohortId, DemoRoster.residentCsv(residents), false);
        cohorts.transition(cohortId, CohortState.OPEN_FOR_PREFERENCES);
        for (DemoRoster.Resident resident : residents) {
            ResidentId id = ResidentId.of(resident.code());
            preferences.save(cohortId, id, preferences.form(cohortId, id).version(), resident.form());
        }
        return cohortId;
    }

    /** Matches, proposes, accepts and publishes the cohort, moves it four months back, then lives its year. */
    void matchPublishAndLive(long cohortId) {
        try {
            if (!matched(cohortId)) {
                log.warn("Demo: the General Surgery matching did not finish; its mentoring year is not loaded.");
                return;
            }
            keepDemoPair(cohortId);
            for (ProposalView proposal : sending.send(cohortId)) {
                DemoSurgeryYear.as(mentorLogins.get(proposal.mentor()), Role.MENTOR, () ->
                        decisions.accept(cohortId, proposal.id(), new Decision(proposal.version(), null)));
            }
            publications.publish(cohortId, new PublishRequest(false, null));
            backdate(cohortId);
            year.live(cohortId);
            log.info("Demo: General Surgery is published and four months into its mentoring year.");
        } catch (RuntimeException e) {
            log.warn("Demo: the General Surgery mentoring year could not be loaded ({}).", e.getMessage());
        }
    }

    private boolean matched(long cohortId) {
        return DemoRuns.runAndWait(runs, cohortId, new StartRun("optimal", 10)) == RunStatus.SUCCEEDED;
    }

    /**
     * The demo resident ranks the demo mentor first, so the engine almost always pairs them; when it does not,
     * the director swaps them in by hand before sending, as a director may.
     */
    private void keepDemoPair(long cohortId) {
        String sql = """
                select r.code as resident, m.code as mentor from proposal p join resident r on r.id = p.resident_id
                  join mentor m on m.id = p.mentor_id
                where p.cohort_id = ? and p.superseded_at is null and p.state <> 'DECLINED'""";
        Map<String, String> mentorOf = jdbc.query(sql, (row, n) -> Map.entry(row.getString("resident"), row.getString("mentor")),
                cohortId).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if ("M001".equals(mentorOf.get("R001"))) {
            return;
        }
        String withDemoMentor = mentorOf.entrySet().stream().filter(e -> e.getValue().equals("M001"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        edits.apply(cohortId, withDemoMentor == null
                ? new PairingChange(PairingChange.Kind.REASSIGN, "R001", null, "M001")
                : new PairingChange(PairingChange.Kind.SWAP, "R001", withDemoMentor, null));
    }

    /**
     * Demo-only: a cohort cannot be published in the past through the services, so its publication, and the
     * sending and accepting of its proposals before it, are moved back {@link #PUBLISHED_DAYS_AGO} days here.
     */
    private void backdate(long cohortId) {
        Timestamp published = Timestamp.from(clock.instant().minus(Duration.ofDays(PUBLISHED_DAYS_AGO)));
        Timestamp sent = Timestamp.from(published.toInstant().minus(Duration.ofDays(12)));
        Timestamp accepted = Timestamp.from(published.toInstant().minus(Duration.ofDays(8)));
        jdbc.update("update publication set published_at = ? where cohort_id = ?", published, cohortId);
        jdbc.update("update proposal set sent_at = ?, decided_at = ? where cohort_id = ? and sent_at is not null",
                sent, accepted, cohortId);
    }

    /** The demo resident wants a general surgeon like the demo mentor, shares their interests and their hours. */
    private static DemoRoster.Resident withMentorFirst(DemoRoster.Resident resident, DemoRoster.Mentor mentor) {
        PreferenceForm form = new PreferenceForm(mentor.specialty(), mentor.interests().subList(0, 2),
                mentor.availability(), List.of(mentor.code(), "M002", "M003"), List.of(), true);
        return new DemoRoster.Resident(resident.code(), resident.name(), resident.email(), resident.specialty(), form);
    }

    /** The user name of a roster row: R001 and M001 are the demo logins gs.resident and gs.mentor, R005 is gs.resident5. */
    static String login(String code) {
        String base = code.startsWith("R") ? RESIDENT : MENTOR;
        int number = Integer.parseInt(code.substring(1));
        return number == 1 ? base : base + number;
    }

    private void account(String username, String name, String email, Role role, Long programId) {
        accounts.create(new NewUser(username, name, email, DemoData.PASSWORD, role, programId));
    }
}
