package org.linli.platform.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a node keeps in memory beside the database, bounded: at most {@code capacity} entries, the least recently used
 * forgotten first; safe to share between request threads. Only for what never decides anything alone (decisions 0013
 * and 0014): the kept catalogue pages, the tokens' holders.
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public RecentlyUsed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key}, which counts as a use. */
    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }
}
