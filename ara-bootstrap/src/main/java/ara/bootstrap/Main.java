package ara.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of the launcher ({@code bin/ara}): wires ARA and starts it. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        LOG.info("ARA {} on Java {}", Main.class.getModule().getDescriptor().rawVersion().orElse("dev"),
                Runtime.version());
    }
}
