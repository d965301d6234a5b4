package io.mentormatch.api.web;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many requests one account may make a minute: writes (anything but GET, HEAD and OPTIONS) and reads, each a
 * token bucket of its own (Bucket4j), refilled evenly over the minute, so a client may burst up to the limit and
 * then goes at the refill rate. The buckets live in this instance's memory: behind a load balancer with n
 * instances an account may make up to n times the limit, which still bounds what one account costs each instance.
 * A bucket idle for longer than it takes to refill is full again, so forgetting it loses nothing.
 */
@Component
public class RateLimits {

    private final long writesPerMinute;
    private final long readsPerMinute;
    private final Cache<String, Buckets> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

    RateLimits(@Value("${mentormatch.rate-limit.writes-per-minute}") long writesPerMinute,
               @Value("${mentormatch.rate-limit.reads-per-minute}") long readsPerMinute) {
        this.writesPerMinute = writesPerMinute;
        this.readsPerMinute = readsPerMinute;
    }

    /** Takes one request of the account's allowance: empty when it may go on, else the seconds until it may retry. */
    public Verdict take(String username, boolean write) {
        Buckets account = buckets.get(username.toLowerCase(Locale.ROOT), name -> new Buckets(
                perMinute(writesPerMinute), perMinute(readsPerMinute)));
        ConsumptionProbe probe = (write ? account.writes() : account.reads()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Verdict.ALLOWED;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Verdict(false, seconds, write ? writesPerMinute : readsPerMinute);
    }

    private static Bucket perMinute(long limit) {
        return Bucket.builder().addLimit(l -> l.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1))).build();
    }

    /** @param retryAfterSeconds when the next request of this kind will be allowed; 0 when this one was */
    public record Verdict(boolean allowed, long retryAfterSeconds, long perMinute) {

        static final Verdict ALLOWED = new Verdict(true, 0, 0);
    }

    private record Buckets(Bucket writes, Bucket reads) {
    }
}
