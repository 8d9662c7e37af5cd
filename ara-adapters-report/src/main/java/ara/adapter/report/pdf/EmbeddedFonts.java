package ara.adapter.report.pdf;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface the report uses, DejaVu Sans (regular and bold, shipped with this module under its licence,
 * {@code DejaVu-LICENSE.txt}), parsed once and embedded as a subset into every PDF. Every font family a stylesheet
 * asks for resolves to it, so no PDF ever names a font it does not carry. Immutable and thread-safe: OpenPDF keeps
 * the glyphs a document uses in that document's writer, not in the shared font.
 */
final class EmbeddedFonts {
    private static final int BOLD_FROM = 600;

    private final FontDescription regular;
    private final FontDescription bold;

    private EmbeddedFonts(FontDescription regular, FontDescription bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static EmbeddedFonts load() {
        return new EmbeddedFonts(new FontDescription(font("DejaVuSans.ttf"), IdentValue.NORMAL, 400),
                new FontDescription(font("DejaVuSans-Bold.ttf"), IdentValue.NORMAL, 700));
    }

    private static BaseFont font(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the report adapter");
            }
            // Not cached by OpenPDF (its cache is keyed by name and global): this instance owns the font.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font " + resource + " is not a usable TrueType font", e);
        }
    }

    BaseFont baseFont(boolean isBold) {
        return (isBold ? bold : regular).getFont();
    }

    /** The font at a size in Flying Saucer's layout units (dots). */
    ITextFSFont font(boolean isBold, float sizeInDots) {
        return new ITextFSFont(isBold ? bold : regular, sizeInDots);
    }

    /** A font resolver for one render that answers every request with these fonts. Not thread-safe (per render). */
    ITextFontResolver resolver() {
        return new Resolver(this);
    }

    /** Resolves every family to DejaVu Sans, bold from weight 600. */
    private static final class Resolver extends ITextFontResolver {
        private final EmbeddedFonts fonts;

        Resolver(EmbeddedFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public FSFont resolveFont(SharedContext context, FontSpecification spec) {
            return fonts.font(convertWeightToInt(spec.fontWeight()) >= BOLD_FROM, spec.size());
        }
    }
}
