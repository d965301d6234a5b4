package io.mentormatch.api;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The api module's defaults and the beans every feature shares. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:mentormatch-api.properties")
@EnableJpaRepositories("io.mentormatch.api")
@EntityScan("io.mentormatch.api")
class ApiConfiguration {

    /** Deadlines and response windows read this clock, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
