package ara.domain.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportOptionsTest {

    @Test
    void equalOptionsAndTemplatesFingerprintAlike() {
        ReportOptions options = new ReportOptions("Acme", BrandColour.of("#aabbcc"), "uploads/a/b");
        ReportOptions same = new ReportOptions("  Acme ", BrandColour.of("#AABBCC"), "uploads/a/b");

        assertThat(options.fingerprint(ReportTemplate.STANDARD)).isEqualTo(same.fingerprint(ReportTemplate.STANDARD))
                .hasSize(64).matches("[0-9a-f]{64}");
        assertThat(ReportOptions.none().fingerprint(ReportTemplate.STANDARD))
                .as("no colour prints ARA's colour")
                .isEqualTo(new ReportOptions(null, BrandColour.ARA, null).fingerprint(ReportTemplate.STANDARD));
    }

    @Test
    void anyDifferenceChangesTheFingerprint() {
        ReportOptions base = new ReportOptions("Acme", BrandColour.of("#AABBCC"), "uploads/a/b");
        String fingerprint = base.fingerprint(ReportTemplate.STANDARD);

        assertThat(base.fingerprint(ReportTemplate.EXECUTIVE)).isNotEqualTo(fingerprint);
        assertThat(new ReportOptions("Acme2", base.brandColour(), base.logoKey()).fingerprint(ReportTemplate.STANDARD))
                .isNotEqualTo(fingerprint);
        assertThat(new ReportOptions("Acme", BrandColour.of("#AABBCD"), base.logoKey())
                .fingerprint(ReportTemplate.STANDARD)).isNotEqualTo(fingerprint);
        assertThat(new ReportOptions("Acme", base.brandColour(), null).fingerprint(ReportTemplate.STANDARD))
                .isNotEqualTo(fingerprint);
        // The separator keeps fields apart: a name cannot pose as a name plus a colour.
        assertThat(new ReportOptions("a", null, "b").fingerprint(ReportTemplate.STANDARD))
                .isNotEqualTo(new ReportOptions("a\u0000#1F5FAD", null, "b").fingerprint(ReportTemplate.STANDARD));
    }

    @Test
    void blankNamesAreNoNameAndLongOnesAreRefused() {
        assertThat(new ReportOptions("   ", null, null).organizationNameOverride()).isEmpty();
        assertThatThrownBy(() -> new ReportOptions("x".repeat(201), null, null))
                .hasMessageContaining("organizationName");
        assertThatThrownBy(() -> new ReportOptions(null, null, " ")).hasMessageContaining("logoKey");
    }

    @Test
    void theCustomizationCarriesTheLogoOnlyWhenOneWasAskedFor() {
        Logo logo = Logo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        ReportOptions withLogo = new ReportOptions("Acme", null, "uploads/a/b");

        ReportCustomization customization = withLogo.customization(logo);

        assertThat(customization.logoImage()).contains(logo);
        assertThat(customization.brandColour()).isEqualTo(BrandColour.ARA);
        assertThat(customization.organizationNameOverride()).contains("Acme");
        assertThatThrownBy(() -> withLogo.customization(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportOptions.none().customization(logo)).isInstanceOf(IllegalArgumentException.class);
    }
}
