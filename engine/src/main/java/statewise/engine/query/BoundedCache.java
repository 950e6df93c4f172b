package statewise.engine.query;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for compiled expressions. The interpreter evaluates the same few paths and templates millions
 * of times from several threads (Parallel branches, Map iterations), so a lookup must be one lock-free hash probe;
 * a workflow rarely holds more than a few hundred expressions, so instead of tracking recency the cache simply
 * starts over when it grows past its bound, which keeps memory bounded even for generated expressions.
 *
 * @param <K> the key (an expression's text, or an identity key for a parsed tree)
 * @param <V> the compiled form
 */
final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    private final int bound;

    BoundedCache(int bound) {
        this.bound = bound;
    }

    /** The cached value for {@code key}, compiled by {@code compiler} on first use. */
    V get(K key, Function<? super K, ? extends V> compiler) {
        V value = entries.get(key);
        if (value != null) {
            return value;
        }
        if (entries.size() >= bound) {
            entries.clear();
        }
        return entries.computeIfAbsent(key, compiler);
    }
}
