package ara.bootstrap.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings: the key that seals personal data at rest. {@link Configured} ({@code ARA_DATA_KEY}, base64 of 32 bytes,
 * with {@code ARA_DATA_KEY_ID} and retired keys in {@code ARA_DATA_KEYS_RETIRED=id:base64,…} for rotation) or
 * {@link Local} (the embedded default: a key file ARA creates in its data directory).
 */
public sealed interface DataKeySettings {

    record Configured(String id, String base64Key, Map<String, String> retired) implements DataKeySettings {
        public Configured {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(base64Key, "base64Key");
            retired = Map.copyOf(retired);
        }

        @Override
        public String toString() {
            return "Configured[id=" + id + ", key=***, retired=" + retired.keySet() + "]";
        }
    }

    record Local() implements DataKeySettings {
    }

    static DataKeySettings from(ConfigSource source) {
        String key = source.get("ARA_DATA_KEY").orElse(null);
        if (key == null) {
            for (String orphan : new String[] {"ARA_DATA_KEY_ID", "ARA_DATA_KEYS_RETIRED"}) {
                if (source.get(orphan).isPresent()) {
                    throw new InvalidConfiguration(orphan, "is set but ARA_DATA_KEY is not");
                }
            }
            return new Local();
        }
        Map<String, String> retired = new LinkedHashMap<>();
        for (String entry : source.get("ARA_DATA_KEYS_RETIRED", "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new InvalidConfiguration("ARA_DATA_KEYS_RETIRED", "entries look like id:base64key");
            }
            retired.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return new Configured(source.get("ARA_DATA_KEY_ID", "k1"), key, retired);
    }
}
