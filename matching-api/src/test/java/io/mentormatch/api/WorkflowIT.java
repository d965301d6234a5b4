package io.mentormatch.api;

import org.springframework.boot.test.context.SpringBootTest;

/** The workflow on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowIT extends WorkflowScenario {
}
