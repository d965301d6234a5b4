package io.mentormatch.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import io.mentormatch.api.web.ApiCatalogue;
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
        // the build lints this file with Spectral (tools/spectral) and ApiContractIT compares it with observed statuses
        Files.writeString(Path.of("target", "openapi.json"), document.toPrettyString());

        assertThat(document.get("openapi").asString()).startsWith("3.1");
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> expected = new TreeSet<>(RoleMatrixTest.MATRIX.stream().map(RoleMatrixTest.Entry::key).toList());
        assertThat(documented).containsAll(expected);
    }

    /** The catalogue (openapi/operations.yaml) words every operation and names none that does not exist. */
    @Test
    void describesEveryOperationFromTheCatalogue() throws Exception {
        JsonNode document = document();
        ApiCatalogue catalogue = ApiCatalogue.load();
        Set<String> documented = new TreeSet<>();
        List<String> undescribed = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String key = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            documented.add(key);
            JsonNode operation = method.getValue();
            if (operation.path("summary").asString("").isBlank() || operation.path("description").asString("").isBlank()) {
                undescribed.add(key);
            }
        }));
        assertThat(undescribed).as("operations without a summary or description in " + ApiCatalogue.LOCATION).isEmpty();
        assertThat(catalogue.operations().keySet()).as("catalogue entries that name no operation")
                .isSubsetOf(documented);
        document.get("tags").forEach(tag -> assertThat(tag.path("description").asString(""))
                .as("description of tag " + tag.get("name")).isNotBlank());
        assertThat(catalogue.tags().keySet()).as("catalogue tags that no operation uses")
                .isSubsetOf(document.get("tags").valueStream().map(tag -> tag.get("name").asString()).toList());
    }

    /** No wildcard media types: a client generator needs to know what it sends and what comes back. */
    @Test
    void namesEveryMediaType() throws Exception {
        assertThat(document().toString()).doesNotContain("\"*/*\"");
    }

    private JsonNode document() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(data.as(data.world(CohortState.DRAFT).resident1()))).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }
}
