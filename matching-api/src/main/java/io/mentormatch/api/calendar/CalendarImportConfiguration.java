package io.mentormatch.api.calendar;

import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client and the address policy that fetching a person's calendar uses, as beans so that a test can trust its
 * own local HTTPS server and let that one loopback address through; the application lets through public ones only.
 */
@Configuration(proxyBeanMethods = false)
class CalendarImportConfiguration {

    @Bean
    AddressPolicy calendarAddressPolicy() {
        return AddressPolicy.PUBLIC_ONLY;
    }

    @Bean
    OkHttpClient calendarHttpClient() {
        return new OkHttpClient();
    }
}
