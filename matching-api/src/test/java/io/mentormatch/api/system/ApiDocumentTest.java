package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import io.mentormatch.api.TestData;
import io.mentormatch.api.cohort.CohortState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes every endpoint of the role matrix, which itself covers every mapping. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void documentsEveryEndpoint() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(data.as(data.world(CohortState.DRAFT).resident1()))).andReturn().getResponse().getContentAsString();
        JsonNode document = JsonMapper.builder().build().readTree(body);

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> expected = new TreeSet<>(RoleMatrixTest.MATRIX.stream().map(RoleMatrixTest.Entry::key).toList());
        assertThat(documented).containsAll(expected);
    }
}
