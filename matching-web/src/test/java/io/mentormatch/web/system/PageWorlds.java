package io.mentormatch.web.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
 * Small worlds for the page tests, built straight through the repositories: a program with its director, an
 * administrator, one cohort in a given state with mentors F1, F2 and residents R1, R2 who have accounts, and a
 * conflict of interest between R2 and F1. Later stages (a run, proposals, a publication) are written with SQL.
 * People sign in through the real sign-in form, so the pages see a real session.
 */
@Component
class PageWorlds {

    static final String PASSWORD = "page-test-password-1";

    private final ProgramRepository programs;
    private final CohortRepository cohorts;
    private final MentorRepository mentors;
    private final ResidentRepository residents;
    private final UserAccountRepository accounts;
    private final PairRuleRepository pairRules;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    /** Hashed once: BCrypt is slow on purpose, and the tests build hundreds of accounts. */
    private final String passwordHash;

    PageWorlds(ProgramRepository programs, CohortRepository cohorts, MentorRepository mentors, ResidentRepository residents,
               UserAccountRepository accounts, PairRuleRepository pairRules, TransactionTemplate tx, JdbcTemplate jdbc,
               PasswordEncoder passwordEncoder) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.residents = residents;
        this.accounts = accounts;
        this.pairRules = pairRules;
        this.tx = tx;
        this.jdbc = jdbc;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    /** A world whose cohort is in the given state, or later: see {@link Stage}. */
    World world(Stage stage) {
        World world = tx.execute(status -> build(stage.cohortState));
        stage.apply(this, world);
        return world;
    }

    /** A director of a program of their own, who must not see other programs' cohorts. */
    String outsiderDirector() {
        return tx.execute(status -> {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            ProgramEntity program = programs.save(new ProgramEntity("Other " + tag));
            return account("outsider-" + tag, Role.DIRECTOR, program.getId()).getUsername();
        });
    }

    /** Signs in through the sign-in form and returns the session that holds the sign-in. */
    static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
        if (result.getResponse().getRedirectedUrl() == null || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new AssertionError("sign-in of " + username + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /**
     * What a route's valid form needs beyond the world of its stage: creating a roster person's account needs a
     * person without one, so R1 (or F1) loses the link to their account and gets an address no account has.
     */
    void prepare(PageRoutes.Route route, World world) {
        if (route.pattern().endsWith("/roster/residents/{resident}/account")) {
            withoutAccount("resident", "R1", world);
        } else if (route.pattern().endsWith("/roster/mentors/{mentor}/account")) {
            withoutAccount("mentor", "F1", world);
        }
    }

    private void withoutAccount(String table, String code, World world) {
        jdbc.update("update " + table + " set user_id = null, email = ? where cohort_id = ? and code = ?",
                "invited-" + table + "-" + code + "-" + world.cohortId + "@example.org", world.cohortId, code);
    }

    /**
     * Everything a page action may change in a world, row by row, and the row counts of the tables no background
     * work writes to: equal before and after means the action changed nothing.
     */
    List<Object> snapshot(World world) {
        List<Object> rows = new ArrayList<>();
        for (String table : List.of("cohort where id = ?", "mentor where cohort_id = ?", "resident where cohort_id = ?",
                "pair_rule where cohort_id = ?", "proposal where cohort_id = ?", "matching_run where cohort_id = ?",
                "publication where cohort_id = ?", "audit_entry where cohort_id = ?", "applied_swap where cohort_id = ?", "change_request where cohort_id = ?", "continuity_request where cohort_id = ?",
                "preference_form_version where resident_id in (select id from resident where cohort_id = ?)",
                "survey_definition where cohort_id = ?", "survey_response where cohort_id = ?",
                "mentoring_meeting where cohort_id = ?", "mentoring_goal where cohort_id = ?")) {
            rows.add(jdbc.queryForList("select * from " + table + " order by id", world.cohortId));
        }
        rows.add(jdbc.queryForList("select * from survey_settings where cohort_id = ?", world.cohortId));
        // issue 23: a program's webhook and its outbox
        rows.add(jdbc.queryForList("select * from program_webhook where program_id = ?", world.programId));
        rows.add(jdbc.queryForList("select id, event, created_at from webhook_delivery where program_id = ? order by id",
                world.programId));
        rows.add(jdbc.queryForList("select id, user_id, name, scope, expires_at, revoked_at from api_token order by id"));
        // issue 23: each person's calendar address (made, replaced or revoked from their calendar page)
        rows.add(jdbc.queryForList("select id, user_id, secret_hash, revoked_at from calendar_feed order by id"));
        // issue 19: a link to set a password is issued, or used, by a page action too
        rows.add(jdbc.queryForList("select id, user_id, token_hash, used_at from password_link order by id"));
        rows.add(jdbc.queryForList("""
                select id, username, display_name, email, role, program_id, enabled, password_hash, credentials_version
                from app_user order by id"""));
        // the second factor (issue 19): set-ups, second factors on, recovery codes used
        rows.add(jdbc.queryForList("select user_id, secret, confirmed_at, last_step from second_factor order by user_id"));
        rows.add(jdbc.queryForList("select id, used_at from recovery_code order by id"));
        for (String table : List.of("program", "cohort", "mentor", "resident", "pair_rule", "publication")) {
            rows.add(Map.of(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        }
        return rows;
    }

    /** An open link to set the account's password, stored as the service stores it; answers its token. */
    private String passwordLink(String username) {
        String token = UUID.randomUUID().toString();
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            jdbc.update("insert into password_link (user_id, token_hash, created_at, expires_at) select id, ?, ?, ? from app_user"
                    + " where username = ?", hash, Timestamp.from(Instant.now()), Timestamp.from(Instant.now().plusSeconds(3600)), username);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    private World build(CohortState state) {
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
        pairRules.save(new PairRuleEntity(cohort.getId(), PairRuleKind.CONFLICT, r2.getId(), f1.getId(), "direct supervisor",
                Instant.now()));
        World world = new World(program.getId(), cohort.getId(), admin.getUsername(), director.getUsername(),
                mentor1.getUsername(), resident1.getUsername());
        // issue 23: a webhook whose stored address does not decrypt: a test message is queued, then given up unsent
        jdbc.update("""
                insert into program_webhook (program_id, service, url_encrypted, url_masked, events, updated_at, updated_by)
                values (?, 'SLACK', 'bm90LWEtY2lwaGVydGV4dA==', 'https://hooks.slack.com/…ages', '', current_timestamp, 'pages')""",
                program.getId());
        // issue 19: resident R1's personal API token, for the pages that revoke it
        jdbc.update("""
                insert into api_token (user_id, name, scope, token_hash, created_at, expires_at)
                values (?, 'Nightly export', 'READ', ?, current_timestamp, current_timestamp + interval '30' day)""",
                resident1.getId(), UUID.randomUUID().toString().replace("-", "") + tag + tag);
        world.tokenR1 = jdbc.queryForObject("select max(id) from api_token where user_id = ?", Long.class, resident1.getId());
        world.passwordLink = passwordLink(resident1.getUsername());
        return world;
    }

    private UserAccountEntity account(String username, Role role, Long programId) {
        return accounts.save(new UserAccountEntity(username, username, username + "@example.org", passwordHash, role, programId));
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

    private ResidentEntity resident(long cohortId, String code, String careerGoal, UserAccountEntity user) {
        ResidentEntity resident = new ResidentEntity(cohortId, code);
        resident.setName("Resident " + code);
        resident.setEmail(user.getEmail());
        resident.setUserId(user.getId());
        resident.setSpecialty("Internal Medicine");
        resident.setCareerGoal(careerGoal);
        resident.setInterests(List.of("research"));
        resident.setAvailability(List.of("MON-18"));
        return residents.save(resident);
    }

    /** How far a world's cohort got; the ids of what the stage created are on the world. */
    enum Stage {
        DRAFT(CohortState.DRAFT),
        OPEN(CohortState.OPEN_FOR_PREFERENCES),
        /** A run waiting in the queue (no Quartz job behind it); the cohort is matching. */
        QUEUED_RUN(CohortState.MATCHING),
        /** A finished run whose proposals R1-F1 and R2-F2 are unsent drafts; the cohort is matching. */
        DRAFTS(CohortState.MATCHING),
        /** As {@link #DRAFTS}, with the proposals sent to the mentors; the cohort is proposed. */
        PROPOSED(CohortState.MATCHING),
        /** As {@link #DRAFTS}, with the mentors of R1 and R2 swapped on the review page (R1-F2, R2-F1), revertable. */
        SWAPPED(CohortState.MATCHING),
        /**
         * As {@link #PROPOSED}, with F1 having declined R1 (the pair banned) and R1 left without a mentor; the
         * re-match suggesting F2 waits for the director's review.
         */
        DECLINED(CohortState.MATCHING),
        /** As {@link #PROPOSED}, with both proposals accepted and the cohort published. */
        PUBLISHED(CohortState.MATCHING),
        /** As {@link #PUBLISHED}, with resident R1's open request to change the mentor of R1-F1. */
        CHANGE_REQUESTED(CohortState.MATCHING),
        /** As {@link #PUBLISHED}, published 40 days ago: the first-meeting surveys are due. */
        SURVEYS_DUE(CohortState.MATCHING),
        /** As {@link #PUBLISHED}, in a cohort of mentoring families: F1 leads R1's family, F2 leads R2's. */
        FAMILIES(CohortState.MATCHING),
        /**
         * A next year's cohort open for preferences: R1 had F1 last year and has not asked to keep them; R2 had F2
         * and asked (the world's request).
         */
        CONTINUING(CohortState.OPEN_FOR_PREFERENCES),
        /** As {@link #DRAFT}, with R1's account having no e-mail address (issue 19: temporary passwords). */
        WITHOUT_EMAIL(CohortState.DRAFT);

        private final CohortState cohortState;

        Stage(CohortState cohortState) {
            this.cohortState = cohortState;
        }

        private void apply(PageWorlds worlds, World world) {
            switch (this) {
                case DRAFT, OPEN -> { }
                case WITHOUT_EMAIL -> worlds.jdbc.update("update app_user set email = null where username = ?", world.resident1);
                case CONTINUING -> world.continuityId = worlds.continuing(world);
                case QUEUED_RUN -> world.runId = worlds.queuedRun(world);
                case DRAFTS -> worlds.pairings(world, "PROPOSED", "MATCHING", false);
                case PROPOSED -> worlds.pairings(world, "PROPOSED", "PROPOSED", true);
                case SWAPPED -> {
                    worlds.pairings(world, "PROPOSED", "MATCHING", false);
                    world.swapId = worlds.swapped(world);
                }
                case DECLINED -> {
                    worlds.pairings(world, "PROPOSED", "PROPOSED", true);
                    worlds.jdbc.update("update proposal set state = 'DECLINED', decision_reason = 'no time' where id = ?",
                            world.proposalR1);
                    worlds.jdbc.update("""
                            insert into pair_rule (cohort_id, kind, resident_id, mentor_id, reason, created_at)
                            select cohort_id, 'DECLINED', resident_id, mentor_id, 'no time', ? from proposal
                            where id = ?""", Timestamp.from(Instant.now()), world.proposalR1);
                    worlds.jdbc.update("""
                            insert into rematch_draft (cohort_id, declined_proposal_id, resident_id, mentor_id,
                              pair_score, created_at)
                            select p.cohort_id, p.id, p.resident_id, m.id, 10, ? from proposal p
                              join mentor m on m.cohort_id = p.cohort_id and m.code = 'F2'
                            where p.id = ?""", Timestamp.from(Instant.now()), world.proposalR1);
                    world.rematchDraft = worlds.jdbc.queryForObject(
                            "select max(id) from rematch_draft where cohort_id = ?", Long.class, world.cohortId);
                }
                case PUBLISHED -> {
                    worlds.publish(world, Instant.now());
                    world.meetingR1 = worlds.meeting(world);
                    world.goalR1 = worlds.goal(world);
                }
                case CHANGE_REQUESTED -> {
                    worlds.publish(world, Instant.now());
                    worlds.jdbc.update("""
                            insert into change_request (cohort_id, pairing_id, requested_by, requester_role, reason,
                              status, requested_at) values (?, ?, ?, 'RESIDENT', 'We never meet', 'OPEN', ?)""",
                            world.cohortId, world.proposalR1, world.resident1, Timestamp.from(Instant.now()));
                    world.changeRequest = worlds.jdbc.queryForObject(
                            "select max(id) from change_request where cohort_id = ?", Long.class, world.cohortId);
                }
                case SURVEYS_DUE -> worlds.publish(world, Instant.now().minus(40, ChronoUnit.DAYS));
                case FAMILIES -> {
                    worlds.publish(world, Instant.now());
                    worlds.jdbc.update("update cohort set family_size = 3 where id = ?", world.cohortId);
                }
            }
        }
    }

    private void publish(World world, Instant publishedAt) {
        pairings(world, "ACCEPTED", "PUBLISHED", true);
        jdbc.update("insert into publication (cohort_id, published_at, published_by, overrode_open_proposals) "
                + "values (?, ?, 'test', false)", world.cohortId, Timestamp.from(publishedAt));
    }

    /** A meeting of R1's published pairing that R1 logged today, for F1 to confirm. */
    private long meeting(World world) {
        jdbc.update("""
                insert into mentoring_meeting (cohort_id, pairing_id, met_on, minutes, format, topics, note, logged_by,
                  logged_by_mentor, logged_at) values (?, ?, ?, 30, 'VIDEO', '[]', 'private note', ?, false, ?)""",
                world.cohortId, world.proposalR1, Date.valueOf(LocalDate.now(ZoneOffset.UTC)),
                world.resident1, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from mentoring_meeting where pairing_id = ?", Long.class, world.proposalR1);
    }

    /** A goal of R1's published pairing, for the pair to change or delete. */
    private long goal(World world) {
        jdbc.update("""
                insert into mentoring_goal (cohort_id, pairing_id, text, competency, status, version)
                values (?, ?, 'private goal text', 'COMMUNICATION', 'NOT_STARTED', 0)""", world.cohortId, world.proposalR1);
        return jdbc.queryForObject("select max(id) from mentoring_goal where pairing_id = ?", Long.class, world.proposalR1);
    }

    private long continuing(World world) {
        Timestamp now = Timestamp.from(Instant.now());
        for (String pair : List.of("R1>F1", "R2>F2")) {
            jdbc.update("""
                    insert into pair_rule (cohort_id, kind, resident_id, mentor_id, created_at)
                    select r.cohort_id, 'PREVIOUS', r.id, m.id, ? from resident r join mentor m on m.cohort_id = r.cohort_id
                    where r.cohort_id = ? and r.code = ? and m.code = ?""", now, world.cohortId, pair.split(">")[0],
                    pair.split(">")[1]);
        }
        jdbc.update("""
                insert into continuity_request (cohort_id, resident_id, mentor_id, requested_at)
                select r.cohort_id, r.id, m.id, ? from resident r join mentor m on m.cohort_id = r.cohort_id
                where r.cohort_id = ? and r.code = 'R2' and m.code = 'F2'""", now, world.cohortId);
        return jdbc.queryForObject("select max(id) from continuity_request where cohort_id = ?", Long.class, world.cohortId);
    }

    /** Swaps the mentors of the drafts R1-F1 and R2-F2 and keeps the swap, as the review page's apply does. */
    private long swapped(World world) {
        long r2 = jdbc.queryForObject("""
                select p.id from proposal p join resident r on r.id = p.resident_id
                where p.cohort_id = ? and r.code = 'R2'""", Long.class, world.cohortId);
        long f1 = jdbc.queryForObject("select mentor_id from proposal where id = ?", Long.class, world.proposalR1);
        long f2 = jdbc.queryForObject("select mentor_id from proposal where id = ?", Long.class, r2);
        jdbc.update("update proposal set mentor_id = ? where id = ?", f2, world.proposalR1);
        jdbc.update("update proposal set mentor_id = ? where id = ?", f1, r2);
        jdbc.update("""
                insert into applied_swap (cohort_id, first_proposal_id, second_proposal_id, first_mentor_id,
                  second_mentor_id, applied_at, applied_by) values (?, ?, ?, ?, ?, ?, 'test')""",
                world.cohortId, world.proposalR1, r2, f1, f2, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from applied_swap where cohort_id = ?", Long.class, world.cohortId);
    }

    private long queuedRun(World world) {
        jdbc.update("""
                insert into matching_run (cohort_id, active_cohort_id, status, mode, time_limit_seconds, requested_by,
                  requested_at) values (?, ?, 'QUEUED', 'OPTIMAL', 5, 'test', ?)""",
                world.cohortId, world.cohortId, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from matching_run where cohort_id = ?", Long.class, world.cohortId);
    }

    private void pairings(World world, String proposalState, String cohortState, boolean sent) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into matching_run (cohort_id, status, mode, time_limit_seconds, score, pair_score_sum, bound,
                  gap_percent, blocking_pairs, result_json, requested_by, requested_at, started_at, finished_at)
                values (?, 'SUCCEEDED', 'OPTIMAL', 5, '0hard/0medium/100soft', 100, 100, 0, 0, ?, 'test', ?, ?, ?)""",
                world.cohortId, RESULT_JSON, now, now, now);
        world.runId = jdbc.queryForObject("select max(id) from matching_run where cohort_id = ?", Long.class, world.cohortId);
        world.proposalR1 = proposal(world, "R1", "F1", proposalState, sent ? now : null);
        proposal(world, "R2", "F2", proposalState, sent ? now : null);
        jdbc.update("update cohort set state = ? where id = ?", cohortState, world.cohortId);
    }

    private long proposal(World world, String resident, String mentor, String state, Timestamp sentAt) {
        long residentId = jdbc.queryForObject("select id from resident where cohort_id = ? and code = ?", Long.class,
                world.cohortId, resident);
        long mentorId = jdbc.queryForObject("select id from mentor where cohort_id = ? and code = ?", Long.class,
                world.cohortId, mentor);
        jdbc.update("""
                insert into proposal (cohort_id, run_id, resident_id, mentor_id, state, pair_score, reasons, sent_at)
                values (?, ?, ?, ?, ?, 50, '["Same specialty"]', ?)""",
                world.cohortId, world.runId, residentId, mentorId, state, sentAt);
        return jdbc.queryForObject("select max(id) from proposal where resident_id = ?", Long.class, residentId);
    }

    private static final String RESULT_JSON = """
            {"mode":"optimal","score":"0hard/0medium/100soft","feasible":true,
             "bound":{"pairScoreUpperBound":100,"gapPercent":0.0},
             "assignments":[{"resident":"R1","mentor":"F1","pairScore":50,"reasons":["Same specialty"]},
                            {"resident":"R2","mentor":"F2","pairScore":50,"reasons":["Same specialty"]}],
             "unassigned":[],"blockingPairs":0,"stats":{"residents":2,"mentors":2,"solveMillis":1}}""";

    /** A world: its program and cohort, its people's user names, and the run and R1's proposal of its stage. */
    static final class World {
        final long programId;
        final long cohortId;
        final String admin;
        final String director;
        final String mentor1;
        final String resident1;
        long runId;
        long proposalR1;
        long changeRequest;
        /** The decline's re-match waiting for review ({@link Stage#DECLINED}): R1 to F2. */
        long rematchDraft;
        long meetingR1;
        long goalR1;
        long continuityId;
        long tokenR1;
        long swapId;
        /** The token of an open link to set R1's password (issue 19); the database holds its SHA-256 only. */
        String passwordLink;

        World(long programId, long cohortId, String admin, String director, String mentor1, String resident1) {
            this.programId = programId;
            this.cohortId = cohortId;
            this.admin = admin;
            this.director = director;
            this.mentor1 = mentor1;
            this.resident1 = resident1;
        }
    }
}
