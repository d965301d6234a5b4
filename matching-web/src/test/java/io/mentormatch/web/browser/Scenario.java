package io.mentormatch.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.mentormatch.api.account.NewUser;
import io.mentormatch.api.account.UserAccounts;
import io.mentormatch.api.cohort.CohortService;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.cohort.NewCohort;
import io.mentormatch.api.cohort.NewProgram;
import io.mentormatch.api.cohort.ProgramService;
import io.mentormatch.api.roster.RosterService;
import io.mentormatch.api.access.Role;
import io.mentormatch.api.access.SystemActor;

/**
 * A program of its own for one browser test, so tests sharing the application never see each other's people:
 * a program, its director, roster files whose e-mails carry the scenario's tag, and accounts with passwords for
 * the people a test signs in as (the roster import links them by e-mail).
 */
final class Scenario {

    static final String PASSWORD = "browser-test-1";

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long programId;
    final String director;

    private final UserAccounts accounts;

    Scenario(ProgramService programs, UserAccounts accounts, String programName) {
        this.accounts = accounts;
        this.programId = SystemActor.call(() -> programs.create(new NewProgram(programName + " " + tag))).id();
        this.director = "director-" + tag;
        SystemActor.run(() -> accounts.create(new NewUser(director, "Dr. Dana Director", null, PASSWORD,
                Role.DIRECTOR, programId)));
    }

    /**
     * A cohort of this program with the roster files imported and open for preferences, as its director would
     * leave it; returns its id.
     */
    long openCohort(CohortService cohorts, RosterService rosters) {
        return SystemActor.call(() -> {
            long id = cohorts.create(new NewCohort(programId, "FM-" + tag, "Family Medicine PGY-1, 2028-2029",
                    "2028-2029", Instant.now().plus(Duration.ofDays(10)), null, null, null, null, null)).id();
            rosters.importResidents(id, read(roster("residents.csv")), false);
            rosters.importMentors(id, read(roster("mentors.csv")), false);
            cohorts.transition(id, CohortState.OPEN_FOR_PREFERENCES);
            return id;
        });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The e-mail of a person of the roster files, e.g. {@code ana.souza}. */
    String email(String person) {
        return person + "+" + tag + "@fm.example";
    }

    /** An account with a password for a person of the roster files; returns the username to sign in with. */
    String account(String person, Role role) {
        String username = email(person);
        SystemActor.run(() -> accounts.create(new NewUser(username, person, username, PASSWORD, role, null)));
        return username;
    }

    /** The roster file from test resources with this scenario's e-mails, written under target/. */
    Path roster(String name) {
        try (InputStream in = Scenario.class.getResourceAsStream("/rosters/" + name)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{tag}", tag);
            Path file = Path.of("target", "rosters-" + tag, name).toAbsolutePath();
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
