package ara.domain.audit;

import ara.domain.report.ReportId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalUuidTest {
    private static final String CANONICAL = "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a13";

    @Test
    void acceptsTheCanonicalLowercaseForm() {
        assertThat(CanonicalUuid.parse(CANONICAL, "id")).isEqualTo(UUID.fromString(CANONICAL));
        assertThat(AuditId.parse(CANONICAL)).hasToString(CANONICAL);
        assertThat(ReportId.parse(CANONICAL)).hasToString(CANONICAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3F1C2A9E-8D4B-4C6F-9A1E-2B7D5E8F0A13", "3f1c2a9e-8d4b-4c6f-9a1e-2B7D5E8F0A13",
            "1-1-1-1-1", "3f1c2a9e-8d4b-4c6f-09a1e-2b7d5e8f0a1", "{3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a13}",
            "3f1c2a9e8d4b4c6f9a1e2b7d5e8f0a13", " 3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a13", "", "not-a-uuid",
            "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a1\u0663", "0003f1c2a9e-8d4b-4c6f-9a1e-2b7d5e8f0a13"})
    void refusesEveryOtherSpellingNamingTheParameter(String text) {
        assertThatThrownBy(() -> CanonicalUuid.parse(text, "auditId")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("auditId must be a UUID in canonical lowercase form");
        assertThatThrownBy(() -> AuditId.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("reportId");
    }

    @Test
    void refusesNothing() {
        assertThatThrownBy(() -> CanonicalUuid.parse(null, "id")).isInstanceOf(IllegalArgumentException.class);
    }
}
