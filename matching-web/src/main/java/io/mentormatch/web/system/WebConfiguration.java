package io.mentormatch.web.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The web module's defaults (sign-in page, error page settings). */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:mentormatch-web.properties")
class WebConfiguration {
}
