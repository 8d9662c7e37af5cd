package ara.bootstrap.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/** The log format, {@code text} or {@code json} ({@code ARA_LOG_FORMAT}), and the switch that applies it. */
public enum LogFormat {
    TEXT, JSON;

    /** The format of a setting's value. */
    public static Optional<LogFormat> parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** Switches every appender of the root logger that uses {@link AraLayout} to this format. */
    public void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = root.iteratorForAppenders();
             it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<?> appender
                    && appender.getEncoder() instanceof LayoutWrappingEncoder<?> encoder
                    && encoder.getLayout() instanceof AraLayout layout) {
                layout.json(this == JSON);
            }
        }
    }
}
