package io.mentormatch.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import io.mentormatch.api.TestData.World;

/**
 * Second factors for the matrices: the accounts of a world (and every other program's director the role matrix
 * makes) get a set-up waiting for its first code, or the second factor on, all with {@link #SECRET}, so that one
 * {@link #code()} is right for whichever caller a matrix tries.
 */
@Component
public class TotpFixture {

    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TotpFixture(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The code an authenticator app shows now for {@link #SECRET}. */
    public String code() {
        try {
            return new DefaultCodeGenerator().generate(SECRET, clock.instant().getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON body with {@link #code()}. */
    public String codeJson() {
        return "{\"code\": \"" + code() + "\"}";
    }

    /** Set-ups waiting for a code, made when the request is sent (after the matrix made its callers). */
    public RequestPostProcessor started(World world) {
        return request -> {
            seed(world, false);
            return request;
        };
    }

    /** Second factors on, made when the request is sent. */
    public RequestPostProcessor on(World world) {
        return request -> {
            seed(world, true);
            return request;
        };
    }

    /** Set-ups waiting for a code, now. */
    public void startNow(World world) {
        seed(world, false);
    }

    /** Second factors on, now. */
    public void onNow(World world) {
        seed(world, true);
    }

    private void seed(World world, boolean on) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String username : List.of(world.admin(), world.director(), world.mentor1(), world.mentor2(),
                world.resident1(), world.resident2())) {
            jdbc.update("""
                    insert into second_factor (user_id, secret, started_at, confirmed_at, last_step)
                    select id, ?, ?, ?, 0 from app_user u where username = ?
                      and not exists (select 1 from second_factor f where f.user_id = u.id)""",
                    SECRET, now, on ? now : null, username);
        }
        jdbc.update("""
                insert into second_factor (user_id, secret, started_at, confirmed_at, last_step)
                select id, ?, ?, ?, 0 from app_user u where username like 'outsider-%'
                  and not exists (select 1 from second_factor f where f.user_id = u.id)""", SECRET, now, on ? now : null);
    }
}
