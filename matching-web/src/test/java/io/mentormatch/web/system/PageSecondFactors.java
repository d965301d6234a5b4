package io.mentormatch.web.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import io.mentormatch.web.system.PageWorlds.World;

/**
 * The second factor's forms in the page matrices (issue 19): a field value {@code {totp-started}} gives the world's
 * accounts (and other programs' directors) a set-up waiting for its first code, {@code {totp-on}} a second factor
 * that is on, all with one secret, when the form is sent (after the caller signed in with a password only), and
 * becomes the code an authenticator app shows now. Making them again is a no-op.
 */
@Component
class PageSecondFactors {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PageSecondFactors(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes what the route's placeholders stand for before the matrices take their snapshot of the world, so that
     * the snapshot sees only what the form itself changes (callers must have signed in already).
     */
    void prepare(PageRoutes.Route route, World world) {
        route.fields().forEach(field -> value(field.value(), world));
    }

    /** The value to send for a form field: the placeholders above become a right code, other values stay. */
    String value(String value, World world) {
        boolean started = value.equals("{totp-started}");
        if (!started && !value.equals("{totp-on}")) {
            return value;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String insert = """
                insert into second_factor (user_id, secret, started_at, confirmed_at, last_step)
                select id, ?, ?, ?, 0 from app_user u where %s
                  and not exists (select 1 from second_factor f where f.user_id = u.id)""";
        for (String username : List.of(world.admin, world.director, world.mentor1, world.resident1)) {
            jdbc.update(insert.formatted("username = ?"), SECRET, now, started ? null : now, username);
        }
        jdbc.update(insert.formatted("username like 'outsider-%'"), SECRET, now, started ? null : now);
        try {
            return new DefaultCodeGenerator().generate(SECRET, clock.instant().getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
