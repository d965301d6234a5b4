package io.mentormatch.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The api module has no application of its own (matching-web has); its tests boot this one. */
@SpringBootApplication
public class TestApplication {
}
