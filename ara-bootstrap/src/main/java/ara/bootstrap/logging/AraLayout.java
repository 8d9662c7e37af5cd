package ara.bootstrap.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;

import java.util.Locale;

/**
 * The layout of ARA's log lines, named in {@code logback.xml}: {@code text} (the pattern, for people; the default of
 * the embedded run) or {@code json} (one JSON object per line, see {@link JsonLines}). The format can change while
 * ARA runs ({@link LogFormat#apply}), since the configuration file may set it after Logback started.
 * Thread-safe.
 */
public final class AraLayout extends LayoutBase<ILoggingEvent> {
    private final PatternLayout text = new PatternLayout();
    private volatile boolean json;

    /** {@code text} or {@code json}; anything else is text (the settings reject it with a message). */
    public void setFormat(String format) {
        json = "json".equals(format == null ? "" : format.strip().toLowerCase(Locale.ROOT));
    }

    public boolean json() {
        return json;
    }

    void json(boolean inJson) {
        json = inJson;
    }

    /** The pattern of the text format. */
    public void setPattern(String pattern) {
        text.setPattern(pattern);
    }

    @Override
    public void start() {
        text.setContext(getContext());
        text.start();
        super.start();
    }

    @Override
    public void stop() {
        text.stop();
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return json ? JsonLines.write(event) : text.doLayout(event);
    }
}
