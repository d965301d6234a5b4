package io.mentormatch.api.calendar;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which addresses the server may connect to when it fetches a calendar a person named: public ones only. A person
 * could otherwise make the server read its own admin endpoints, the cloud's metadata service (169.254.169.254) or
 * the hospital's internal network and show them the answer (server-side request forgery). Checked for every
 * address a name resolves to, and again for the address each connection goes to ({@link CalendarFetcher}).
 */
public class AddressPolicy {

    /** Public addresses only: what the application uses. */
    public static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(Set.of());

    /** Ranges that are not the public internet though {@link InetAddress} has no test for them (RFC 6890). */
    private static final List<Range> NOT_PUBLIC = List.of(
            Range.of("0.0.0.0", 8), Range.of("100.64.0.0", 10), Range.of("192.0.0.0", 24), Range.of("192.0.2.0", 24),
            Range.of("198.18.0.0", 15), Range.of("198.51.100.0", 24), Range.of("203.0.113.0", 24),
            Range.of("240.0.0.0", 4), Range.of("fc00::", 7), Range.of("2001:db8::", 32), Range.of("100::", 64));

    private final Set<InetAddress> alsoAllowed;

    /** @param alsoAllowed addresses let through though not public: a test's own local server, nothing else */
    public AddressPolicy(Set<InetAddress> alsoAllowed) {
        this.alsoAllowed = Set.copyOf(alsoAllowed);
    }

    public boolean allows(InetAddress address) {
        if (alsoAllowed.contains(address)) {
            return true;
        }
        InetAddress inner = embedded(address);
        if (inner != address) {
            return allows(inner);
        }
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || NOT_PUBLIC.stream().anyMatch(range -> range.contains(address))
                || Arrays.equals(address.getAddress(), new byte[] {-1, -1, -1, -1}));
    }

    /**
     * The IPv4 address inside an IPv6 one that carries it (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible
     * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}): {@code ::ffff:127.0.0.1} is the loopback too.
     */
    private static InetAddress embedded(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        boolean zeros = allZero(bytes, 0, 10);
        boolean mapped = zeros && bytes[10] == -1 && bytes[11] == -1;
        boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0 && !allZero(bytes, 12, 16)
                && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && bytes[15] == 1);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && allZero(bytes, 4, 12);
        if (!mapped && !compatible && !nat64) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private record Range(byte[] network, int prefix) {

        static Range of(String network, int prefix) {
            try {
                return new Range(InetAddress.getByName(network).getAddress(), prefix);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(network, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
