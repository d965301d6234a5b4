package io.mentormatch.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import io.mentormatch.api.TestData;
import io.mentormatch.api.TestData.World;
import io.mentormatch.api.cohort.CohortState;

/** Health for load balancers, metrics for admins, and a request id on every answer and log line. */
@SpringBootTest
@AutoConfigureMockMvc
class ObservabilityTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Environment environment;

    @Test
    void answersAnonymousHealthCheckWithStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void showsDatabaseAndJobEngineToAdmins() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/actuator/health").with(data.as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.jobEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.jobEngine.details.started").value(true))
                .andExpect(jsonPath("$.components.jobEngine.details.standby").value(false))
                .andExpect(jsonPath("$.components.jobEngine.details.clusterInstances[0].alive").value(true));
    }

    @Test
    void showsHealthDetailsToAdminsOnly() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/actuator/health").with(data.as(world.director())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void servesPrometheusMetricsToAdminsOnly() throws Exception {
        World world = data.world(CohortState.DRAFT);
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(data.as(world.director()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/me").with(data.as(world.director()))).andExpect(status().isOk());
        String metrics = mvc.perform(get("/actuator/prometheus").with(data.as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn().getResponse().getContentAsString();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{").contains("uri=\"/api/me\"")
                .contains("hikaricp_connections");
    }

    @Test
    void returnsTheRequestIdSentByTheLoadBalancer() throws Exception {
        mvc.perform(get("/actuator/health").header("X-Request-Id", "lb-4711.a"))
                .andExpect(header().string("X-Request-Id", "lb-4711.a"));
    }

    @Test
    void generatesARequestIdWhenNoneOrAForgedOneIsSent() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID)));
        mvc.perform(get("/actuator/health").header("X-Request-Id", "x\n2026-01-01 ERROR forged line"))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID)));
    }

    @Test
    void putsTheRequestIdIntoTheLogContextForTheRequestOnly() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        request.addHeader("X-Request-Id", "abc-123");
        new RequestIdFilter().doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                        seen.set(MDC.get("requestId"));
                    }
                });
        assertThat(seen).hasValue("abc-123");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void logsTheRequestIdWithTheDefaultPattern() {
        assertThat(environment.getProperty("logging.pattern.correlation")).contains("%X{requestId");
    }
}
