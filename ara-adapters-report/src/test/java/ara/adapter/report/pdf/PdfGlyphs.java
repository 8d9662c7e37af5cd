package ara.adapter.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a rendered PDF puts its text: every glyph with its page and position, read back with PDFBox, so a test can
 * check that nothing runs past the page's margins.
 */
final class PdfGlyphs {
    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    /**
     * One glyph, in points from the page's top-left corner.
     *
     * @param page 1-based
     */
    record Glyph(int page, String text, float left, float right, float top, float bottom, float pageWidth,
                 float pageHeight) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "'%s' on page %d at x %.1f–%.1f mm, y %.1f–%.1f mm", text,
                    page, left / MM, right / MM, top / MM, bottom / MM);
        }
    }

    private PdfGlyphs() {
    }

    static List<Glyph> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        if (position.getUnicode().isBlank()) {
                            continue;
                        }
                        float left = position.getXDirAdj();
                        float bottom = position.getYDirAdj();
                        glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), left,
                                left + position.getWidthDirAdj(), bottom - position.getHeightDir(), bottom,
                                position.getPageWidth(), position.getPageHeight()));
                    }
                }
            };
            stripper.getText(document);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }
}
