package ara.adapter.report.pdf;

import ara.domain.audit.Audit;
import ara.domain.report.Logo;
import ara.domain.report.LogoRejected;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logos: checked by decoding them, then printed on the cover and in the page headers. */
class LogoTest {
    private static final FlyingSaucerReportRenderer RENDERER = new FlyingSaucerReportRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg"})
    void acceptsARealLogo(String format) {
        Logo logo = Logo.of(TestImages.logo(format, 480, 120));
        assertThatCode(() -> RENDERER.verify(logo)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg"})
    void printsTheLogoOnTheCoverAndInThePageHeaders(String format) {
        Audit audit = ReportSamples.scored("Northwind Health", ReportSamples.hospital());
        Logo logo = Logo.of(TestImages.logo(format, 480, 120));
        PdfDocument withLogo = PdfDocument.read(RENDERER.render(ReportSamples.content(audit,
                ReportTemplate.EXECUTIVE, ReportCustomization.none().withLogo(logo))));
        PdfDocument without = PdfDocument.read(RENDERER.render(ReportSamples.content(audit,
                ReportTemplate.EXECUTIVE, ReportCustomization.none())));
        assertThat(withLogo.imagesPerPage()).allSatisfy(images -> assertThat(images).isPositive());
        assertThat(without.imagesPerPage()).allSatisfy(images -> assertThat(images).isZero());
    }

    @Test
    void rejectsATruncatedPng() {
        byte[] png = TestImages.logo("png", 480, 120);
        Logo truncated = Logo.of(Arrays.copyOf(png, png.length / 2));
        assertRejected(truncated, LogoRejected.Rule.UNREADABLE);
    }

    @Test
    void rejectsAJpegSignatureFollowedByNoise() {
        byte[] noise = new byte[2000];
        Arrays.fill(noise, (byte) 0x42);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        noise[2] = (byte) 0xFF;
        assertRejected(Logo.of(noise), LogoRejected.Rule.UNREADABLE);
    }

    @Test
    void rejectsALogoTooWideToBeOne() {
        // Small on disk (one colour compresses well) but 5,000 pixels wide.
        byte[] wide = TestImages.encode(new BufferedImage(5000, 20, BufferedImage.TYPE_BYTE_GRAY), "png");
        assertThat(wide.length).isLessThan(Logo.MAX_BYTES);
        assertRejected(Logo.of(wide), LogoRejected.Rule.BAD_DIMENSIONS);
    }

    @Test
    void rejectsALogoTooSmallToSee() {
        assertRejected(Logo.of(TestImages.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png")),
                LogoRejected.Rule.BAD_DIMENSIONS);
    }

    @Test
    void refusesToRenderALogoItCannotDraw() {
        byte[] png = TestImages.logo("png", 480, 120);
        Logo truncated = Logo.of(Arrays.copyOf(png, 60));
        Audit audit = ReportSamples.scored("Northwind Health", ReportSamples.hospital());
        assertThatThrownBy(() -> RENDERER.render(ReportSamples.content(audit, ReportTemplate.EXECUTIVE,
                ReportCustomization.none().withLogo(truncated))))
                .isInstanceOfSatisfying(LogoRejected.class,
                        e -> assertThat(e.rule()).isEqualTo(LogoRejected.Rule.UNREADABLE));
    }

    private static void assertRejected(Logo logo, LogoRejected.Rule rule) {
        assertThatThrownBy(() -> RENDERER.verify(logo))
                .isInstanceOfSatisfying(LogoRejected.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .hasMessageContaining("logo");
    }
}
