package ara.domain.report;

import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.fixture.ClassicQuestionnaire;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportCustomizationTest {

    @Test
    void noneKeepsTheAuditsNameAraColourAndNoLogo() {
        ReportCustomization none = ReportCustomization.none();
        assertThat(none.organizationNameOverride()).isEmpty();
        assertThat(none.brandColour()).isEqualTo(BrandColour.ARA);
        assertThat(none.logoImage()).isEmpty();
    }

    @Test
    void aBlankNameOverridesNothing() {
        assertThat(ReportCustomization.none().withOrganizationName("   ").organizationNameOverride()).isEmpty();
        assertThat(ReportCustomization.none().withOrganizationName("  Acme  ").organizationNameOverride())
                .contains("Acme");
    }

    @Test
    void takesNamesUpToTheAuditsLimitCountedInCharactersNotUtf16Units() {
        String emoji = "🚀".repeat(Audit.ORGANIZATION_NAME_MAX);
        assertThat(ReportCustomization.none().withOrganizationName(emoji).organizationNameOverride())
                .contains(emoji);
        assertThatThrownBy(() -> ReportCustomization.none().withOrganizationName("x".repeat(
                Audit.ORGANIZATION_NAME_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizationName");
    }

    @Test
    void printsTheOverrideElseTheAuditsName() {
        Audit named = Audit.start(new AuditId(UUID.randomUUID()), ClassicQuestionnaire.scheme(), "Acme",
                new OwnerId("owner"), Instant.EPOCH);
        Audit unnamed = Audit.start(new AuditId(UUID.randomUUID()), ClassicQuestionnaire.scheme(), null,
                new OwnerId("owner"), Instant.EPOCH);
        ReportCustomization none = ReportCustomization.none();
        assertThat(none.organizationNameFor(named)).contains("Acme");
        assertThat(none.withOrganizationName("Acme Europe").organizationNameFor(named)).contains("Acme Europe");
        assertThat(none.organizationNameFor(unnamed)).isEmpty();
    }

    @Test
    void needsABrandColour() {
        assertThatThrownBy(() -> new ReportCustomization(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalCustomisationsAreEqual() {
        ReportCustomization a = ReportCustomization.none().withOrganizationName("Acme")
                .withBrandColour(BrandColour.of("#112233"));
        ReportCustomization b = new ReportCustomization("Acme", BrandColour.of("#112233"), null);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
