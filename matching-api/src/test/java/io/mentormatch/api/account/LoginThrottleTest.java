package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.mentormatch.api.MutableClock;
import io.mentormatch.api.TestData;
import io.mentormatch.api.cohort.CohortState;
import io.mentormatch.api.system.Problems;

/** Five wrong passwords for one user from one address within five minutes, then 429 until the window moves on. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusesFormLoginAfterFiveWrongPasswordsEvenWithTheRightOne() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        failFormLogins(user, 5);
        mvc.perform(formLogin().user(user).password(TestData.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", retryAfterAtMost(300)))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TOO_MANY_SIGN_IN_ATTEMPTS.toString()))
                .andExpect(unauthenticated());
    }

    @Test
    void letsTheSameUserInFromAnotherAddress() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        failFormLogins(user, 5);
        mvc.perform(servletContext -> {
                    MockHttpServletRequest request = formLogin().user(user).password(TestData.PASSWORD)
                            .buildRequest(servletContext);
                    request.setRemoteAddr("10.9.8.7");
                    return request;
                })
                .andExpect(authenticated().withUsername(user));
    }

    @Test
    void letsTheUserInAgainOnceTheOldestFailureLeavesTheWindow() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        failFormLogins(user, 5);
        clock.advance(Duration.ofMinutes(4));
        mvc.perform(formLogin().user(user).password(TestData.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", retryAfterAtMost(60)));
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(formLogin().user(user).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void forgetsFailuresAfterASuccessfulSignIn() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        failFormLogins(user, 4);
        mvc.perform(formLogin().user(user).password(TestData.PASSWORD)).andExpect(authenticated());
        failFormLogins(user, 4);
        mvc.perform(formLogin().user(user).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void refusesHttpBasicAfterFiveWrongPasswords() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        for (int i = 0; i < 5; i++) {
            mvc.perform(me(user, "wrong-" + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(me(user, TestData.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
    }

    @Test
    void throttlesOnlyTheGuessedUser() throws Exception {
        var world = data.world(CohortState.DRAFT);
        failFormLogins(world.director(), 5);
        mvc.perform(me(world.admin(), TestData.PASSWORD)).andExpect(status().isOk());
    }

    @Test
    void holdsForTheWholeClusterWithoutStoringWhoTried() throws Exception {
        String user = data.world(CohortState.DRAFT).director();
        LoginThrottle otherInstance = new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(5));
        assertThat(otherInstance.retryAfter(user, "127.0.0.1")).isEmpty();

        failFormLogins(user, 5);

        assertThat(otherInstance.retryAfter(user, "127.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        assertThat(otherInstance.retryAfter(user, "10.9.8.7")).isEmpty();
        assertThat(jdbc.queryForList("select key_hash from sign_in_failure", String.class))
                .isNotEmpty().allMatch(key -> key.matches("[0-9a-f]{64}"));
    }

    private void failFormLogins(String user, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(formLogin().user(user).password("wrong-" + i)).andExpect(unauthenticated());
        }
    }

    /** The failures were a moment ago in real time, so the wait is a little shorter than the window. */
    private static Matcher<String> retryAfterAtMost(long seconds) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String value) {
                long wait = Long.parseLong(value);
                return wait > seconds - 30 && wait <= seconds;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a wait of at most " + seconds + " s");
            }
        };
    }

    private static MockHttpServletRequestBuilder me(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get("/api/me").header("Authorization", "Basic " + credentials);
    }
}
