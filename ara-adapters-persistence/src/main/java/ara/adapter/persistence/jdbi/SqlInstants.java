package ara.adapter.persistence.jdbi;

import org.jdbi.v3.core.argument.Argument;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants in {@code DATETIME(6)} columns, for the report and upload tables: UTC wall times bound as text and read
 * as {@link LocalDateTime} (why text: see {@code AuditTables#dateTime} and ADR 0003). Stateless.
 */
final class SqlInstants {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private SqlInstants() {
    }

    /** The instant as a UTC wall-time literal with six fractional digits, or SQL NULL. */
    static Argument argument(Instant instant) {
        return (position, statement, ctx) -> {
            if (instant == null) {
                statement.setNull(position, Types.TIMESTAMP);
            } else {
                statement.setString(position, DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
            }
        };
    }

    /** The column's instant, or {@code null}. */
    static Instant read(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
