package io.mentormatch.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MentorMatchingApplicationTest {

    @Test
    void startsTheApplication() {
    }
}
