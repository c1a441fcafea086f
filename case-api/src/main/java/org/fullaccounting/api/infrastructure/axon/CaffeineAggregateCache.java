package org.fullaccounting.api.infrastructure.axon;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.axonframework.common.Registration;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Axon's cache interface over a Caffeine cache bounded in entries and in idle time, for the case
 * aggregates that {@link StoreCheckedRepository} keeps between commands. Axon ships adapters for
 * JCache and Ehcache and an unbounded weak-reference cache; Caffeine is already here (verified
 * passwords) and bounds memory by count, so a node holding 81,500 cases keeps only the busy ones.
 * Entry listeners are not offered: nothing here registers one, and a silent no-op would lie.
 */
final class CaffeineAggregateCache implements org.axonframework.common.caching.Cache {

    private final Cache<Object, Object> entries;

    CaffeineAggregateCache(long maximumEntries, Duration idle, MeterRegistry registry) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterAccess(idle).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, entries, "fa.aggregates.cached");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.get(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.getIfPresent(key) != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache takes no entry listeners");
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
