package ara.atrest.seal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data keys in use: one current key that seals new values, and retired keys that still open values sealed
 * before a rotation, each found by its id. Immutable and thread-safe.
 */
public final class DataKeyRing {
    private final DataKey current;
    private final Map<String, DataKey> byId;

    private DataKeyRing(DataKey current, Map<String, DataKey> byId) {
        this.current = current;
        this.byId = byId;
    }

    /**
     * A ring of the current key and any retired ones.
     *
     * @throws IllegalArgumentException when two keys share an id, or two ids share the same key bytes (a value
     *                                  would then open under either id, which defeats binding the id to the value)
     */
    public static DataKeyRing of(DataKey current, List<DataKey> retired) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(retired, "retired");
        Map<String, DataKey> byId = new LinkedHashMap<>();
        List<DataKey> all = new ArrayList<>();
        all.add(current);
        all.addAll(retired);
        for (DataKey key : all) {
            Objects.requireNonNull(key, "retired key");
            for (DataKey known : byId.values()) {
                if (known.id().equals(key.id())) {
                    throw new IllegalArgumentException("data key id " + key.id() + " is given twice");
                }
                if (known.sameKeyAs(key)) {
                    throw new IllegalArgumentException(
                            "data keys " + known.id() + " and " + key.id() + " are the same key");
                }
            }
            byId.put(key.id(), key);
        }
        return new DataKeyRing(current, Collections.unmodifiableMap(byId));
    }

    /** A ring of one key, nothing retired. */
    public static DataKeyRing of(DataKey current) {
        return of(current, List.of());
    }

    /**
     * A ring from settings: the current key as base64 with its id, and retired keys as base64 by id.
     *
     * @throws IllegalArgumentException naming the id of the first invalid key (never its value)
     */
    public static DataKeyRing fromBase64(String currentId, String currentKey, Map<String, String> retiredKeys) {
        Objects.requireNonNull(retiredKeys, "retiredKeys");
        List<DataKey> retired = new ArrayList<>();
        retiredKeys.forEach((id, key) -> retired.add(DataKey.fromBase64(id, key)));
        return of(DataKey.fromBase64(currentId, currentKey), retired);
    }

    /** The key that seals new values. */
    public DataKey current() {
        return current;
    }

    /** The key with this id, current or retired. */
    public Optional<DataKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every key, the current one first. */
    public List<DataKey> keys() {
        return List.copyOf(byId.values());
    }

    /** The same retired keys plus the old current one, with {@code next} as the new current key. */
    public DataKeyRing rotateTo(DataKey next) {
        List<DataKey> retired = new ArrayList<>(byId.values());
        return of(next, retired);
    }

    @Override
    public String toString() {
        return "DataKeyRing[current " + current.id() + ", keys " + byId.keySet() + "]";
    }
}
