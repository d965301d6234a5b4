package io.mentormatch.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "io.mentormatch")
public class MentorMatchingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorMatchingApplication.class, args);
    }
}
