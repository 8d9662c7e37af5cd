package ara.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where settings come from: environment variables, then (for variables the environment does not set) the
 * properties file named by {@value #CONFIG_FILE}, whose keys are the same variable names. Immutable.
 */
public final class ConfigSource {
    public static final String CONFIG_FILE = "ARA_CONFIG_FILE";
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");

    private final Map<String, String> values;

    private ConfigSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment, plus the properties file it names. */
    public static ConfigSource fromEnvironment() {
        return of(System.getenv());
    }

    /** The given variables, plus the properties file they name. */
    public static ConfigSource of(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.get(CONFIG_FILE);
        if (file != null && !file.isBlank()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | RuntimeException e) {
                throw new InvalidConfiguration(CONFIG_FILE, "cannot read properties file " + file + ": " + e.getMessage());
            }
            properties.stringPropertyNames().forEach(name -> merged.put(name, properties.getProperty(name).strip()));
        }
        environment.forEach((name, value) -> {
            if (value != null) {
                merged.put(name, value.strip());
            }
        });
        return new ConfigSource(merged);
    }

    /**
     * The value, or empty when unset or blank.
     *
     * @throws IllegalStateException for a name {@link Variables} does not list (a bug: every variable is listed)
     */
    public Optional<String> get(String name) {
        if (!Variables.isKnown(name)) {
            throw new IllegalStateException(name + " is read but not listed in Variables");
        }
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    /** Every set variable whose name starts with {@code prefix}. */
    public Map<String, String> withPrefix(String prefix) {
        if (!Variables.isKnown(prefix + "*")) {
            throw new IllegalStateException(prefix + "* is read but not listed in Variables");
        }
        Map<String, String> found = new HashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix) && !value.isEmpty()) {
                found.put(name, value);
            }
        });
        return found;
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new InvalidConfiguration(name, "must be within " + min + ".." + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidConfiguration(name, "must be a whole number, got '" + raw.get() + "'");
        }
    }

    public boolean flag(String name, boolean fallback) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new InvalidConfiguration(name, "must be true or false, got '" + raw.get() + "'");
        };
    }

    /**
     * A duration: a whole number and a unit ({@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 7d}) or
     * ISO-8601 ({@code PT5S}, {@code P7D}), within {@code [min, max]}.
     */
    public Duration duration(String name, Duration fallback, Duration min, Duration max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        Duration value = parseDuration(raw.get()).orElseThrow(() -> new InvalidConfiguration(name,
                "must be a duration such as 500ms, 30s, 2m, 1h, 7d (or ISO-8601 like PT30S), got '" + raw.get() + "'"));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidConfiguration(name, "must be within " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    private static Optional<Duration> parseDuration(String text) {
        var matcher = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return Optional.of(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
