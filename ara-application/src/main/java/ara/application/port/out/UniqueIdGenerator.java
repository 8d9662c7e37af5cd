package ara.application.port.out;

import java.util.UUID;

/** Outbound port: hands out new, unique ids for reports and uploads. Thread-safe. */
@FunctionalInterface
public interface UniqueIdGenerator {
    UUID next();
}
