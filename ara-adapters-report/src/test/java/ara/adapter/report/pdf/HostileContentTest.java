package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.contract.AuditSamples;
import ara.domain.audit.Audit;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportSection;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever users type (names, answers) is printed as text: never markup, never a broken render. */
class HostileContentTest {
    private static final FlyingSaucerReportRenderer RENDERER = new FlyingSaucerReportRenderer();
    private static final String ARABIC = "شركة الرياض للتقنية";
    private static final String HEBREW = "חברת תל אביב בע״מ";

    private static PdfDocument renderWithStoredName(String name, ReportTemplate template) {
        Audit audit = ReportSamples.withStoredName(ReportSamples.scored("placeholder", ReportSamples.workedExample()),
                name);
        PdfDocument pdf = PdfDocument.read(RENDERER.render(ReportSamples.content(audit, template,
                ReportCustomization.none())));
        assertThat(pdf.pages()).isBetween(3, 40);
        return pdf;
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "&amp; & <b>bold</b> \"quoted\" 'single' ]]> <!-- x -->",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
        "<img src=\"http://127.0.0.1:9/x.png\"/> <link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"/>"})
    void printsMarkupInANameAsText(String name) {
        PdfDocument pdf = renderWithStoredName(name, ReportTemplate.STANDARD);
        // Compared without white space: a long name wraps wherever the line breaker likes (after a dot, a slash).
        assertThat(pdf.compactText()).contains(name.replaceAll("\\s+", ""));
        assertThat(pdf.flatText()).doesNotContain("root:x:0:0");
    }

    @Test
    void printsARightToLeftArabicName() {
        assertContainsEitherDirection(renderWithStoredName(ARABIC, ReportTemplate.EXECUTIVE), ARABIC);
    }

    @Test
    void printsARightToLeftHebrewName() {
        assertContainsEitherDirection(renderWithStoredName(HEBREW, ReportTemplate.EXECUTIVE), HEBREW);
    }

    /**
     * Flying Saucer lays out right-to-left text without the Unicode bidi algorithm, so an extractor may read the
     * words back in either order; what matters here is that every word arrives intact and nothing breaks.
     */
    private static void assertContainsEitherDirection(PdfDocument pdf, String name) {
        for (String word : name.split(" ")) {
            String reversed = new StringBuilder(word).reverse().toString();
            assertThat(pdf.text().contains(word) || pdf.text().contains(reversed)).as(word).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void wrapsAFiveHundredCharacterNameWithoutSpaces(ReportTemplate template) {
        String name = "Ünïcödé-Örgänïsätïön-".repeat(24).substring(0, 500);
        PdfDocument pdf = renderWithStoredName(name, template);
        assertThat(pdf.compactText()).contains(name);
    }

    @Test
    void wrapsAFiveHundredCharacterNameWithSpaces() {
        String name = ("Acme & Sons <Holdings> " + ARABIC + " ").repeat(20).substring(0, 500).strip();
        assertThat(renderWithStoredName(name, ReportTemplate.TECHNICAL).flatText()).contains("Acme & Sons <Holdings>");
    }

    @Test
    void printsAHostileCustomisedName() {
        String name = "</title><script>alert(1)</script>";
        Audit audit = ReportSamples.scored("Contoso Retail", ReportSamples.workedExample());
        PdfDocument pdf = PdfDocument.read(RENDERER.render(ReportSamples.content(audit, ReportTemplate.EXECUTIVE,
                ReportCustomization.none().withOrganizationName(name))));
        assertThat(pdf.flatText()).contains(name);
    }

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void printsAwkwardAnswersAsText(ReportTemplate template) {
        // The testkit's scored audit holds every shape of answer: control characters, NUL, markup, emoji, extremes.
        Audit audit = AuditSamples.scored(AuditSamples.newOwner(), AuditSamples.T0);
        ReportContent content = ReportContent.of(audit, AuditSamples.scheme(), template, ReportCustomization.none(),
                Instant.parse("2026-11-26T12:00:00Z"));
        PdfDocument pdf = PdfDocument.read(RENDERER.render(content));
        assertThat(pdf.flatText()).contains("Ørsted & Søn — 株式会社".substring(0, 13));
        if (template.includes(ReportSection.APPENDIX)) {
            assertThat(pdf.flatText()).contains("<b>html</b>", "{\"json\": [1, 2]}", "${x}");
        }
    }
}
