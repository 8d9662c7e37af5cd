package ara.adapter.report.pdf;

import ara.domain.report.BrandColour;
import ara.domain.report.Logo;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample report kept in {@code docs/report-sample/}: the standard template for a realistic audit of the full
 * questionnaire (seven pillars, result version 2 as the domain makes it), with a brand colour and a logo; as PNG (60 dpi) its first two
 * pages and the first page of the score analysis, the roadmap, the sources and the appendix. Every build writes it
 * to {@code target/report-sample/}; to refresh the copy in the repository run
 * {@code ./mvnw verify -pl ara-adapters-report -am -Dtest=ReportSampleTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dara.report.sample.dir=../docs/report-sample}.
 */
class ReportSampleTest {
    private static final int DPI = 60;
    private static final int MAX_PNG_BYTES = 200 * 1024;

    @Test
    void writesTheSampleReport() throws IOException {
        ReportCustomization customization = ReportCustomization.none()
                .withBrandColour(BrandColour.of("#0F7B6C"))
                .withLogo(Logo.of(TestImages.logo("png", 480, 120)));
        byte[] pdf = new FlyingSaucerReportRenderer().render(FullReportSamples.content(
                FullReportSamples.assessed("Northwind Health Group", FullReportSamples.hospital()),
                ReportTemplate.STANDARD, customization));
        Path directory = Path.of(System.getProperty("ara.report.sample.dir", "target/report-sample"));
        Files.createDirectories(directory);
        Files.write(Path.of("target").resolve("report-sample.pdf"), pdf);
        PdfDocument text = PdfDocument.read(pdf);
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("page-1", 0);
        pages.put("page-2", 1);
        pages.put("score-analysis", pageWith(text, "2. Score analysis"));
        pages.put("roadmap", pageWith(text, "5. Roadmap"));
        pages.put("sources", pageWith(text, "What this assessment rests on"));
        pages.put("appendix", pageWith(text, "8. Appendix: every answer"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (Map.Entry<String, Integer> page : pages.entrySet()) {
                BufferedImage image = renderer.renderImageWithDPI(page.getValue(), DPI, ImageType.RGB);
                Path png = directory.resolve(page.getKey() + ".png");
                ImageIO.write(image, "png", png.toFile());
                assertThat(Files.size(png)).isLessThan(MAX_PNG_BYTES);
            }
        }
    }

    private static int pageWith(PdfDocument pdf, String line) {
        for (int page = 0; page < pdf.pages(); page++) {
            if (pdf.pageTexts().get(page).lines().anyMatch(line::equals)) {
                return page;
            }
        }
        throw new AssertionError("no page starts a line with " + line);
    }
}
