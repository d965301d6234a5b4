package io.mentormatch.api.cohort;

import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One value per cohort computed from the cohort's data, e.g. its recommendation index, served while the cohort's
 * {@link CohortStamp} stays what it was when the value was computed. The stamp is read from the database on every
 * call, so a change made through any instance of the cluster is seen by the next call on every other one.
 * <p>
 * A read served from the cache needs no transaction: the stamp is a single statement. The value is computed in a
 * read-only transaction (the caller's, if it has one), where the entities it reads can load their associations.
 */
public final class CohortCache<V> {

    private final CohortService cohorts;
    private final TransactionTemplate readOnly;
    /** Bounds memory to the cohorts people are using: an archived or idle cohort leaves after an hour unread. */
    private final ConcurrentMap<Long, Entry<V>> entries = Caffeine.newBuilder()
            .maximumSize(256).expireAfterAccess(Duration.ofHours(1)).<Long, Entry<V>>build().asMap();

    public CohortCache(CohortService cohorts, PlatformTransactionManager transactions) {
        this.cohorts = cohorts;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /**
     * The cached value, or a new one from {@code compute} when the cohort's data changed since, computed once
     * however many requests ask at the same time. Call it before the transaction reads any row of the cohort:
     * the stamp is read first, so the data computed under it is at least as recent as the stamp.
     *
     * @throws CohortNotFound for an unknown cohort
     */
    public V get(long cohortId, LongFunction<V> compute) {
        CohortStamp stamp = cohorts.stamp(cohortId);
        Entry<V> entry = entries.get(cohortId);
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.value();
        }
        return entries.compute(cohortId, (id, current) -> current != null && current.stamp().equals(stamp)
                ? current : new Entry<>(stamp, readOnly.execute(status -> compute.apply(id)))).value();
    }

    /**
     * Moves a cached value from one stamp to the next by updating it in place, when the cache holds it under
     * exactly {@code from}: the caller knows that its own committed change is all that lies between the two. Any
     * other entry is left alone, to be computed afresh when the stamp no longer matches.
     */
    public void advance(long cohortId, CohortStamp from, CohortStamp to, Consumer<V> update) {
        entries.computeIfPresent(cohortId, (id, entry) -> {
            if (!entry.stamp().equals(from)) {
                return entry;
            }
            try {
                update.accept(entry.value());
                return new Entry<>(to, entry.value());
            } catch (RuntimeException e) {
                // the change did not apply: drop the value rather than serve it half updated
                return null;
            }
        });
    }

    private record Entry<V>(CohortStamp stamp, V value) {
    }
}
