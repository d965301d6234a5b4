package io.mentormatch.api.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the request id into Spring Boot's default log pattern. Logging is set up before
 * {@code mentormatch-api.properties} is read, so this default comes in as the lowest-priority property source;
 * any {@code logging.pattern.correlation} the application sets wins.
 */
class LoggingDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("mentormatch-logging-defaults",
                Map.of("logging.pattern.correlation", "[%X{" + RequestIdFilter.MDC_KEY + ":-}] ")));
    }
}
