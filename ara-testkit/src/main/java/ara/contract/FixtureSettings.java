package ara.contract;

import java.util.Optional;

/** How the real-server fixtures read their settings: a system property first, then an environment variable. */
final class FixtureSettings {
    private FixtureSettings() {
    }

    /** A non-blank environment variable. */
    static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    /** The local port to probe: the system property, else the variable, else the service's default port. */
    static int localPort(String property, String variable, int defaultPort) {
        String value = Optional.ofNullable(System.getProperty(property))
                .or(() -> env(variable)).orElse(String.valueOf(defaultPort));
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, got: " + value, e);
        }
    }
}
