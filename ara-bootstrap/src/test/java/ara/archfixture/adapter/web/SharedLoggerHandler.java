package ara.archfixture.adapter.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Violation: a logger shared with other classes. */
public final class SharedLoggerHandler {
    public static final Logger LOG = LoggerFactory.getLogger(SharedLoggerHandler.class);

    public void handle(String body) {
        LOG.info("handled {}", body);
    }
}
