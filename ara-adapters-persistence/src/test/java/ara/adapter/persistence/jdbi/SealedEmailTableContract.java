package ara.adapter.persistence.jdbi;

import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.Emails;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sealed emails and their keyed hashes through JDBI in a real database: a throw-away table (not a migration) holds
 * them, a dump of every column of every row shows no email, and a row is found again by the hash of the email.
 */
abstract class SealedEmailTableContract {
    private static final List<String> EMAILS = List.of(
            "Ada.Lovelace@Example.org", "grace.hopper@navy.example", "zoë.ångström@exämple.de", "x@y.io");

    private final DataKeyRing ring = DataKeyRing.of(DataKey.generate("k1", new SecureRandom()));
    private final PersonalDataCipher cipher = new PersonalDataCipher(ring);
    private final KeyedHash hash = new KeyedHash(ring);

    /** The database under test, with an empty scratch area for a table of this test's own. */
    protected abstract Jdbi jdbi();

    @Test
    void storesNoPlaintextEmailAndFindsRowsByTheHashOfTheEmail() {
        String table = "sealed_people_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Handle handle = jdbi().open()) {
            handle.execute("CREATE TABLE " + table + " (id INT NOT NULL PRIMARY KEY,"
                    + " email_sealed VARCHAR(1024) NOT NULL, email_hash VARCHAR(64) NOT NULL,"
                    + " email_key_id VARCHAR(32) NOT NULL,"
                    + " CONSTRAINT " + table + "_hash UNIQUE (email_hash))");
            for (int i = 0; i < EMAILS.size(); i++) {
                String email = Emails.normalise(EMAILS.get(i));
                handle.createUpdate("INSERT INTO " + table + " (id, email_sealed, email_hash, email_key_id)"
                                + " VALUES (:id, :sealed, :hash, :keyId)")
                        .bind("id", i)
                        .bind("sealed", cipher.seal(email))
                        .bind("hash", hash.hash(email))
                        .bind("keyId", ring.current().id())
                        .execute();
            }

            String dump = dump(handle, table);
            assertThat(dump.split("\n")).hasSize(EMAILS.size());
            for (String email : EMAILS) {
                for (String form : forms(email)) {
                    assertThat(dump.toLowerCase(Locale.ROOT)).as("the dump holds %s", form)
                            .doesNotContain(form.toLowerCase(Locale.ROOT));
                }
            }
            assertThat(dump).doesNotContain("@");

            for (int i = 0; i < EMAILS.size(); i++) {
                String typed = "  " + EMAILS.get(i).toUpperCase(Locale.ROOT) + " ";
                Optional<String> sealed = handle.createQuery(
                                "SELECT email_sealed FROM " + table + " WHERE email_hash = :hash")
                        .bind("hash", hash.hash(Emails.normalise(typed)))
                        .mapTo(String.class).findOne();
                assertThat(sealed).map(cipher::open).contains(Emails.normalise(EMAILS.get(i)));
            }
            assertThat(handle.createQuery("SELECT id FROM " + table + " WHERE email_hash = :hash")
                    .bind("hash", hash.hash("nobody@example.org")).mapTo(Integer.class).findOne()).isEmpty();
            handle.execute("DROP TABLE " + table);
        }
    }

    /** Every column of every row as text, one row a line, as {@code SELECT *} gives it. */
    private static String dump(Handle handle, String table) {
        return handle.createQuery("SELECT * FROM " + table + " ORDER BY id")
                .map((ResultSet row, org.jdbi.v3.core.statement.StatementContext context) -> {
                    ResultSetMetaData columns = row.getMetaData();
                    List<String> cells = new ArrayList<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        cells.add(columns.getColumnName(c) + "=" + row.getString(c));
                    }
                    return String.join("|", cells);
                })
                .list().stream().reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** The email as typed, normalised, its local part, and its UTF-8 bytes in base64 and hex. */
    private static List<String> forms(String email) {
        String normalised = Emails.normalise(email);
        List<String> forms = new ArrayList<>(List.of(email, normalised,
                normalised.substring(0, normalised.indexOf('@'))));
        byte[] bytes = normalised.getBytes(StandardCharsets.UTF_8);
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        forms.add(HexFormat.of().formatHex(bytes));
        return forms.stream().filter(form -> form.length() >= 4).toList();
    }
}
