package io.mentormatch.api.proposal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Capacity under contention on H2. */
@SpringBootTest
@AutoConfigureMockMvc
class CapacityTest extends CapacityScenario {
}
