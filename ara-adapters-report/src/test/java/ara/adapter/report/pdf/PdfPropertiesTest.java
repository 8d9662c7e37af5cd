package ara.adapter.report.pdf;

import ara.domain.report.ReportSection;
import ara.domain.report.ReportTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF's own properties, read back with PDFBox: title (Info and XMP), language, an outline entry per printed
 * section numbered as printed, and no page left mostly blank between sections.
 */
class PdfPropertiesTest {
    private static final FlyingSaucerReportRenderer RENDERER = new FlyingSaucerReportRenderer();
    /** A page holding less text than this (running header aside) is mostly blank: about five lines. */
    private static final int MOSTLY_BLANK_CHARS = 300;

    @ParameterizedTest
    @EnumSource(ReportTemplate.class)
    void hasATitleALanguageAndABookmarkPerPrintedSection(ReportTemplate template) throws IOException {
        byte[] pdf = RENDERER.render(ReportSamples.workedExample(template));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String title = template.title() + " — Agent Readiness Audit — Contoso Retail";
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            try (InputStream xmp = metadata.exportXMPMetadata()) {
                assertThat(new String(xmp.readAllBytes(), StandardCharsets.UTF_8)).contains(title);
            }
            List<String> expected = template.sections().stream().filter(s -> s != ReportSection.COVER)
                    .map(s -> PrintedHeadings.of(template, s)).toList();
            assertThat(titles(document.getDocumentCatalog().getDocumentOutline())).isEqualTo(expected);
        }
    }

    /**
     * The executive report: its sections follow on, so no page but the last is left holding a few lines (with a
     * page per section, the end of the recommendations and the last roadmap window each had a page). The longer
     * templates keep a page per section, where a short section (insights) has its page by design.
     */
    @Test
    void noPageOfTheExecutiveReportButTheLastIsMostlyBlank() {
        ReportTemplate template = ReportTemplate.EXECUTIVE;
        PdfDocument pdf = PdfDocument.read(RENDERER.render(ReportSamples.workedExample(template)));
        // The running header is the same on every page after the cover: measure what is under it.
        String header = "Contoso Retail Agent Readiness Audit · 26 November 2026";
        for (int page = 1; page < pdf.pages() - 1; page++) {
            String text = pdf.pageTexts().get(page).replace(header, "")
                    .replaceAll("Agent Readiness Audit Page \\d+ of \\d+", "").strip();
            assertThat(text.length()).as("page " + (page + 1) + " of the " + template.code() + " report: " + text)
                    .isGreaterThanOrEqualTo(MOSTLY_BLANK_CHARS);
        }
    }

    private static List<String> titles(PDOutlineNode outline) {
        List<String> titles = new ArrayList<>();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
        }
        return titles;
    }
}
