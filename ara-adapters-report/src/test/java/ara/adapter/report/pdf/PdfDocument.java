package ara.adapter.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rendered PDF read back with PDFBox: its text, page count, fonts (and whether each is embedded), the fill
 * colours its pages use and the images on each page.
 */
record PdfDocument(String text, List<String> pageTexts, Map<String, Boolean> fontsEmbedded, Set<String> fillColours,
                   List<Integer> imagesPerPage) {

    static PdfDocument read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Boolean> fonts = new LinkedHashMap<>();
            Set<String> colours = new LinkedHashSet<>();
            List<Integer> images = new ArrayList<>();
            List<String> pageTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            int number = 1;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
                }
                int count = 0;
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
                images.add(count);
                colours.addAll(fillColours(page));
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                pageTexts.add(stripper.getText(document));
                number++;
            }
            return new PdfDocument(String.join("", pageTexts), pageTexts, fonts, colours, images);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** Every {@code r g b rg} operator of the page as {@code #RRGGBB}. */
    private static Set<String> fillColours(PDPage page) throws IOException {
        Set<String> colours = new LinkedHashSet<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && operator.getName().equals("rg")
                    && tokens.get(i - 3) instanceof COSNumber r && tokens.get(i - 2) instanceof COSNumber g
                    && tokens.get(i - 1) instanceof COSNumber b) {
                colours.add(String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(r.floatValue() * 255),
                        Math.round(g.floatValue() * 255), Math.round(b.floatValue() * 255)));
            }
        }
        return colours;
    }

    int pages() {
        return pageTexts.size();
    }

    /** The text with every run of white space (line breaks included) made one space: for phrases that wrap. */
    String flatText() {
        return text.replaceAll("\\s+", " ");
    }

    /** The text without any white space: for long words broken across lines. */
    String compactText() {
        return text.replaceAll("\\s+", "");
    }
}
