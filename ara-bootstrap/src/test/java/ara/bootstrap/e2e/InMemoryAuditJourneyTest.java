package ara.bootstrap.e2e;

import java.util.Map;

/** The journey with audits kept in memory ({@code ARA_DB_URL=memory}); memory keeps nothing across a restart. */
class InMemoryAuditJourneyTest extends AuditJourneyContract {
    @Override
    Map<String, String> environment() {
        return Map.of("ARA_DB_URL", "memory");
    }
}
