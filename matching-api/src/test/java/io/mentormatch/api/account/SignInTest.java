package io.mentormatch.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/** Browser sign-in: form login against the BCrypt hash, then a session whose changes need the CSRF token. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void signsInWithTheFormAndKeepsTheSession() throws Exception {
        World world = data.world(CohortState.DRAFT);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(world.director()).password(TestData.PASSWORD))
                .andExpect(authenticated().withUsername(world.director()).withRoles("DIRECTOR"))
                .andReturn().getRequest().getSession();
        assertThat(session.getAttribute(SessionStamps.CREDENTIALS_VERSION)).as("remembered at sign-in").isEqualTo(0L);
        mvc.perform(get("/api/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("DIRECTOR"))
                .andExpect(jsonPath("$.programId").value(world.programId()));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(formLogin().user(world.director()).password("not-the-password"))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesASessionChangeWithoutCsrfToken() throws Exception {
        World world = data.world(CohortState.DRAFT);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(world.director()).password(TestData.PASSWORD))
                .andReturn().getRequest().getSession();
        String transition = "{\"to\": \"OPEN_FOR_PREFERENCES\"}";
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/transitions").session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(transition))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/cohorts/" + world.cohortId() + "/transitions").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(transition))
                .andExpect(status().isOk());
    }
}
