package io.mentormatch.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default policy: public addresses only, however they are written or reached (issue 23, SSRF). */
class AddressPolicyTest {

    private final CalendarFetcher fetcher = new CalendarFetcher(new OkHttpClient(), AddressPolicy.PUBLIC_ONLY,
            Duration.ofSeconds(5));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "10.0.0.1", "10.255.255.254", "172.16.0.1", "172.31.255.1",
            "192.168.1.1", "169.254.169.254", "169.254.0.1", "0.0.0.0", "100.64.0.1", "255.255.255.255", "224.0.0.1",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1", "64:ff9b::7f00:1"})
    void refusesPrivateLoopbackLinkLocalAndOtherNonPublicAddresses(String literal) throws Exception {
        assertThat(AddressPolicy.PUBLIC_ONLY.allows(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "151.101.1.69", "2606:4700:4700::1111", "2001:4860:4860::8888",
            "64:ff9b::808:808"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertThat(AddressPolicy.PUBLIC_ONLY.allows(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/calendar.ics", "https://10.1.2.3:8443/calendar.ics",
            "https://169.254.169.254/latest/meta-data/", "https://[::1]/calendar.ics", "https://[::ffff:7f00:1]/c.ics",
"https://2130706433/calendar.ics", "https://localhost/calendar.ics",
            "webcal://localhost/calendar.ics"})
    void refusesToFetchFromAddressesAndNamesThatAreNotPublic(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(UnreadableCalendar.class)
                .hasMessageContaining("private or local network");
    }

    @Test
    void refusesAddressesThatAreNotHttps() {
        for (String url : new String[] {"http://calendar.example.org/a.ics", "ftp://calendar.example.org/a.ics",
                "file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "jar:https://x/a.ics!/"}) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOf(UnreadableCalendar.class)
                    .hasMessageContaining("https://");
        }
        assertThatThrownBy(() -> fetcher.fetch("not an address")).isInstanceOf(UnreadableCalendar.class)
                .hasMessageContaining("https://");
    }
}
