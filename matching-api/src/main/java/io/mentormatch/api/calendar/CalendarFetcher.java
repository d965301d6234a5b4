package io.mentormatch.api.calendar;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javax.net.SocketFactory;

import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a calendar from an address a person gave, guarded against server-side request forgery: https only;
 * every address the name resolves to must pass the {@link AddressPolicy}, and each connection is checked again at
 * the moment it connects, to the address it connects to, so a second DNS answer cannot swap in a private one; no
 * proxy (it would resolve the name itself), no redirects, {@link #MAX_BYTES} at most and a time limit in all
 * ({@code mentormatch.calendar.fetch-timeout}, 15 seconds unless set).
 */
@Component
class CalendarFetcher {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final String FIELD = "url";
    static final int MAX_ADDRESS = 2000;

    private final OkHttpClient client;
    private final Duration timeLimit;

    CalendarFetcher(OkHttpClient calendarHttpClient, AddressPolicy policy,
                    @Value("${mentormatch.calendar.fetch-timeout:15s}") Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.client = calendarHttpClient.newBuilder()
                .proxy(Proxy.NO_PROXY)
                .dns(new CheckedDns(policy))
                .socketFactory(new CheckedSocketFactory(policy))
                .followRedirects(false).followSslRedirects(false)
                .connectTimeout(timeLimit).readTimeout(timeLimit).callTimeout(timeLimit)
                .build();
    }

    byte[] fetch(String address) {
        HttpUrl url = url(address);
        Request request = new Request.Builder().url(url).header("Accept", "text/calendar").get().build();
        try (Response response = client.newCall(request).execute()) {
            if (response.isRedirect()) {
                throw refused("That address sends us on to another one. Open it in your browser and give the address"
                        + " it ends at.");
            }
            if (!response.isSuccessful()) {
                throw refused("The calendar server answered with an error (" + response.code() + "). Check the"
                        + " address, and that the calendar is shared or published.");
            }
            return limited(response.body());
        } catch (PrivateAddress e) {
            throw refused("That address leads to a private or local network. Give the public address of your"
                    + " calendar, as Outlook or Google shows it.");
        } catch (UnknownHostException e) {
            throw refused("There is no server of that name. Check the address.");
        } catch (InterruptedIOException e) {
            throw refused("The calendar server did not answer within " + timeLimit.toSeconds() + " seconds. Try"
                    + " again later, or download the calendar and upload the file instead.");
        } catch (IOException e) {
            throw refused("We could not reach the calendar at that address. Check the address, or download the"
                    + " calendar and upload the file instead.");
        }
    }

    /** An https address; {@code webcal://}, the subscription form of the same address, counts as https. */
    private static HttpUrl url(String address) {
        String trimmed = address == null ? "" : address.strip();
        if (trimmed.length() > MAX_ADDRESS) {
            throw refused("That address is longer than " + MAX_ADDRESS + " characters. Copy the calendar's address"
                    + " again; it is usually much shorter.");
        }
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("webcal://")) {
            trimmed = "https://" + trimmed.substring("webcal://".length());
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw refused("That is not a web address. It should start with https://.");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw refused("Only https addresses can be read, so that nobody on the way can change your calendar."
                    + " The address should start with https://.");
        }
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null || url.host().isEmpty()) {
            throw refused("That is not a web address. It should start with https://.");
        }
        return url;
    }

    private static byte[] limited(ResponseBody body) throws IOException {
        if (body.contentLength() > MAX_BYTES) {
            throw tooLarge();
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > MAX_BYTES) {
                throw tooLarge();
            }
        }
        return buffer.readByteArray();
    }

    static UnreadableCalendar tooLarge() {
        return new UnreadableCalendar(FIELD, "That calendar is larger than 2 MB. Export or publish a shorter period,"
                + " such as the next two months.");
    }

    private static UnreadableCalendar refused(String sentence) {
        return new UnreadableCalendar(FIELD, sentence);
    }

    /** A name that resolves to an address the policy refuses, or a connection to one. */
    static final class PrivateAddress extends UnknownHostException {

        PrivateAddress(InetAddress address) {
            super("not a public address: " + address.getHostAddress());
        }
    }

    /** Every address of the name must be public: one private answer refuses the name altogether. */
    private record CheckedDns(AddressPolicy policy) implements Dns {

        @Override
        public List<InetAddress> lookup(String hostname) throws UnknownHostException {
            List<InetAddress> addresses = Dns.SYSTEM.lookup(hostname);
            for (InetAddress address : addresses) {
                if (!policy.allows(address)) {
                    throw new PrivateAddress(address);
                }
            }
            return addresses;
        }
    }

    /**
     * Checks the address each socket connects to: OkHttp skips the {@link Dns} for an address written as digits, and
     * this is the one place every connection passes.
     */
    private static final class CheckedSocketFactory extends SocketFactory {

        private final AddressPolicy policy;

        CheckedSocketFactory(AddressPolicy policy) {
            this.policy = policy;
        }

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    if (!(endpoint instanceof InetSocketAddress inet) || inet.getAddress() == null
                            || !policy.allows(inet.getAddress())) {
                        throw new PrivateAddress(endpoint instanceof InetSocketAddress inet && inet.getAddress() != null
                                ? inet.getAddress() : InetAddress.getByAddress(new byte[4]));
                    }
                    super.connect(endpoint, timeout);
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("OkHttp creates unconnected sockets");
        }
    }
}
