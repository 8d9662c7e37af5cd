package ara.benchmarks;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.domain.audit.Audit;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;
import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements ARA's repository sends to MySQL/MariaDB for one submit (the transaction that scores the
 * audit, stores its result and appends its outbox event), by kind and table, through a Connector/J query interceptor:
 * what the transactional outbox adds to a submit, as a count rather than a time (docs/benchmarks.md, "Notifications").
 *
 * <p>Usage: {@code java -cp ara-benchmarks/target/benchmarks.jar ara.benchmarks.SubmitStatements <jdbc url of an
 * empty database> <user> <password> [audits]}.
 */
public final class SubmitStatements {
    private static final Pattern STATEMENT =
            Pattern.compile("^\\s*(insert\\s+into|update|delete\\s+from|select\\b.*?\\bfrom)\\s+`?(\\w+)",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Map<String, Integer> COUNTS = new TreeMap<>();
    private static volatile boolean counting;

    private SubmitStatements() {
    }

    public static void main(String[] args) {
        int audits = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "queryInterceptors=" + Counter.class.getName();
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        ScoringScheme full = catalog.current(QuestionnaireId.of("full")).orElseThrow();
        try (Database database = Database.open(new DatabaseSettings(url, args[1], args[2], 2, 1,
                Duration.ofSeconds(10)))) {
            StoredAudits stored = new StoredAudits(database);
            JdbiAuditRepository repository = stored.repository();
            Instant now = Instant.now();
            for (int i = 0; i < audits; i++) {
                Audit draft = stored.startGuest(full, null, now);
                EmailAddress email = new EmailAddress("bench-" + i + "@example.com");
                repository.update(draft.id(), audit -> audit.answerAll(full, FullWorkedExample.answers(), now)
                        .withGuestEmail(email, now));
                counting = true;
                repository.update(draft.id(), audit -> audit.submit(full, GuestSubmitPolicy.EMAIL, now));
                counting = false;
            }
        }
        System.out.printf("statements per submit, mean of %d submits of the full questionnaire:%n", audits);
        synchronized (COUNTS) {
            COUNTS.forEach((kind, count) -> System.out.printf(Locale.ROOT, "  %-40s %.2f%n", kind,
                    count / (double) audits));
        }
    }

    private static void count(String sql) {
        if (!counting || sql == null) {
            return;
        }
        Matcher matcher = STATEMENT.matcher(sql);
        String kind = matcher.find()
                ? matcher.group(1).split("\\s+")[0].toUpperCase(Locale.ROOT) + " " + matcher.group(2)
                : sql.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        synchronized (COUNTS) {
            COUNTS.merge(kind, 1, Integer::sum);
        }
    }

    /** Connector/J's hook: sees every statement a connection sends. */
    public static final class Counter implements QueryInterceptor {
        @Override
        public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
            return this;
        }

        @Override
        public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
            count(sql.get());
            return null;
        }

        @Override
        public boolean executeTopLevelOnly() {
            return true;
        }

        @Override
        public void destroy() {
            // nothing held
        }

        @Override
        public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T result,
                                                   ServerSession session) {
            return null;
        }
    }
}
