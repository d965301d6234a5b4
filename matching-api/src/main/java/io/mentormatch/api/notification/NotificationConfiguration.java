package io.mentormatch.api.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Deadline reminders are checked on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {
}
