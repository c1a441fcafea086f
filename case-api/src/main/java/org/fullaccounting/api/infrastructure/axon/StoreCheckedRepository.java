package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Objects;

/**
 * Axon's caching repository, with one check that makes its cache safe for several nodes and for
 * our transactions: a cached case is used only if the event store's last sequence number for it,
 * read in the command's own transaction, is the cached version. Otherwise the entry is dropped and
 * the case is loaded from its snapshot and events as without a cache.
 *
 * <p>Why the check is needed, and why it is enough:
 * <ul>
 * <li>Another node appended to the case: its events are in the store, so the last sequence is
 *     beyond the cached version and the case is reloaded. Staleness bound: none; every command
 *     reads the store's position first. An append the check cannot yet see (the other node's
 *     transaction commits between the check and our insert) meets the (case, sequence) unique key
 *     and CaseWriter retries, as without a cache.</li>
 * <li>Axon puts the aggregate into the cache when its unit of work commits, but CaseWriter's
 *     transaction (events, service-number claim, idempotency key) commits after that and can still
 *     roll back. The cache then holds a version the store never got; the check sees the store
 *     behind and reloads, where a cache alone would append after a version that does not exist.</li>
 * </ul>
 * What the check costs is one index lookup; what it saves is reading the snapshot, checking its
 * seal and reading and deserialising up to {@code fa.snapshot.every-events} events. Losing the cache
 * (restart, eviction) changes no answer, only the cost of the next command on that case.
 */
final class StoreCheckedRepository<T> extends CachingEventSourcingRepository<T> {

    private final CaffeineAggregateCache cache;
    private final EventStore store;

    StoreCheckedRepository(EventSourcingRepository.Builder<T> builder, CaffeineAggregateCache cache, EventStore store) {
        super(builder.cache(cache).eventStore(store));
        this.cache = cache;
        this.store = store;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        if (cache.containsKey(aggregateIdentifier)) {
            Long stored = store.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
            EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            if (Objects.equals(cached.version(), stored)) {
                return cached;
            }
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
