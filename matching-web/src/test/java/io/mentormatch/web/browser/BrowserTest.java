package io.mentormatch.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The browser tests share one application on a random port with the demo loaded (so every context is the same
 * and Spring caches it); each test opens a fresh browser. Whatever the test did last (an htmx swap, a poll) is
 * checked for Content-Security-Policy violations too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class BrowserTest {

    static final String PASSWORD = "demo-2027-riverside";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        try {
            browser.assertNoPolicyViolations();
        } finally {
            browser.close();
        }
    }
}
