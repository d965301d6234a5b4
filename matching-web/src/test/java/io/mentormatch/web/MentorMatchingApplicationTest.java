package io.mentormatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application as {@code java -jar} starts it, with no profile: on an empty database, no demo and no account. */
@SpringBootTest
class MentorMatchingApplicationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsWithoutTheDemoAndWithoutAnyAccount() {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from program", Long.class)).isZero();
    }
}
