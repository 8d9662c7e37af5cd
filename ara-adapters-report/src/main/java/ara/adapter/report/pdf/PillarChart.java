package ara.adapter.report.pdf;

import ara.domain.result.AuditResult;
import ara.domain.result.MaturityLevel;
import ara.domain.result.PillarResult;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.css.parser.FSRGBColor;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

import java.awt.BasicStroke;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The chart of section 3, drawn as vectors straight into the PDF (no image, no script): one horizontal bar per
 * pillar on the maturity bands, with its score out of 100, and a dashed line at the overall score. Takes the place of an
 * {@code <object type="application/x-ara-pillar-chart">} element. Built per render; not thread-safe.
 */
final class PillarChart implements ITextReplacedElement {
    static final String MEDIA_TYPE = "application/x-ara-pillar-chart";

    private static final double TOP_MM = 6;
    private static final double ROW_MM = 11;
    private static final double BOTTOM_MM = 13;
    private static final double LABEL_MM = 46;
    private static final double RIGHT_MM = 14;
    private static final FSRGBColor TEXT = new FSRGBColor(0x1D, 0x24, 0x30);
    private static final FSRGBColor WHITE = new FSRGBColor(0xFF, 0xFF, 0xFF);
    private static final FSRGBColor MUTED = new FSRGBColor(0x5B, 0x64, 0x72);
    private static final FSRGBColor[] BAND_SHADES = {new FSRGBColor(0xF4, 0xF6, 0xF9),
        new FSRGBColor(0xEA, 0xED, 0xF2)};

    private final List<PillarResult> pillars;
    private final double overall;
    private final FSRGBColor brand;
    private final EmbeddedFonts fonts;
    private final int width;
    private final int height;
    private Point location = new Point(0, 0);

    PillarChart(AuditResult result, BrandPalette palette, EmbeddedFonts fonts, int width, int height) {
        this.pillars = result.pillars();
        this.overall = result.scoreCard().total().percent();
        this.brand = color(palette.brand());
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    /** The height the chart needs for this many pillars. */
    static double heightMillimetres(int pillarCount) {
        return TOP_MM + ROW_MM * Math.max(1, pillarCount) + BOTTOM_MM;
    }

    private static FSRGBColor color(String hex) {
        return new FSRGBColor(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16));
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice out, BlockBox box) {
        Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        new Painter(out, bounds).paint();
    }

    /** One painting of the chart into one page. */
    private final class Painter {
        private final ITextOutputDevice out;
        private final float mm;
        private final float fontSize;
        private final float left;
        private final float plotLeft;
        private final float plotWidth;
        private final float top;
        private final float rowHeight;
        private final float bottom;

        Painter(ITextOutputDevice out, Rectangle bounds) {
            this.out = out;
            this.mm = out.getDotsPerPoint() * 72f / 25.4f;
            this.fontSize = 7.5f * out.getDotsPerPoint();
            this.left = bounds.x;
            this.plotLeft = bounds.x + (float) LABEL_MM * mm;
            this.plotWidth = bounds.width - (float) (LABEL_MM + RIGHT_MM) * mm;
            this.top = bounds.y + (float) TOP_MM * mm;
            this.rowHeight = (float) ROW_MM * mm;
            this.bottom = top + rowHeight * Math.max(1, pillars.size());
        }

        void paint() {
            bands();
            ticks();
            overallLine();
            for (int i = 0; i < pillars.size(); i++) {
                bar(i, pillars.get(i));
            }
        }

        private float x(double percent) {
            return plotLeft + (float) (Math.max(0, Math.min(100, percent)) / 100 * plotWidth);
        }

        private void bands() {
            MaturityLevel[] levels = MaturityLevel.values();
            for (int i = 0; i < levels.length; i++) {
                float from = x(levels[i].lowerBound());
                float to = x(i + 1 < levels.length ? levels[i + 1].lowerBound() : 100);
                out.setColor(BAND_SHADES[i % 2]);
                out.fill(new Rectangle2D.Float(from, top, to - from, bottom - top));
                text(levels[i].title(), from + 0.8f * mm, top - 1.8f * mm, false, MUTED);
            }
        }

        private void ticks() {
            out.setColor(MUTED);
            for (int percent = 0; percent <= 100; percent += 20) {
                float at = x(percent);
                line(at, bottom, at, bottom + 1.2f * mm, 0.4f);
                String label = Integer.toString(percent);
                text(label, at - width(label, false) / 2, bottom + 4.4f * mm, false, MUTED);
            }
        }

        private void bar(int index, PillarResult pillar) {
            double percent = pillar.score().summary().percent();
            float rowTop = top + index * rowHeight;
            float barHeight = Math.min(rowHeight * 0.55f, 6.5f * mm);
            float barTop = rowTop + (rowHeight - barHeight) / 2;
            float baseline = rowTop + rowHeight / 2 + fontSize * 0.35f;
            label(pillar.title(), rowTop, baseline);
            out.setColor(brand);
            out.fill(new Rectangle2D.Float(plotLeft, barTop, Math.max(x(percent) - plotLeft, 0.4f * mm),
                    barHeight));
            String label = Formats.outOf100(percent);
            float labelX = x(percent) + 1.5f * mm;
            // A white backdrop keeps the percent legible where the overall line crosses it.
            out.setColor(WHITE);
            out.fill(new Rectangle2D.Float(labelX - 0.6f * mm, baseline - fontSize, width(label, true) + 1.2f * mm,
                    fontSize * 1.3f));
            text(label, labelX, baseline, true, TEXT);
        }

        private void overallLine() {
            float at = x(overall);
            out.setColor(TEXT);
            Stroke previous = out.getStroke();
            out.setStroke(new BasicStroke(0.9f * out.getDotsPerPoint(), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {2.4f * mm, 1.4f * mm}, 0));
            out.draw(new Line2D.Float(at, top - 0.5f * mm, at, bottom + 0.5f * mm));
            out.setStroke(previous);
            String label = "Overall " + Formats.outOf100(overall);
            float labelX = Math.min(at - width(label, true) / 2, plotLeft + plotWidth + (float) RIGHT_MM * mm
                    - width(label, true));
            text(label, Math.max(labelX, plotLeft), bottom + 9.4f * mm, true, TEXT);
        }

        private void line(float x1, float y1, float x2, float y2, float points) {
            Stroke previous = out.getStroke();
            out.setStroke(new BasicStroke(points * out.getDotsPerPoint()));
            out.draw(new Line2D.Float(x1, y1, x2, y2));
            out.setStroke(previous);
        }

        private void text(String text, float x, float baseline, boolean bold, FSRGBColor color) {
            out.setColor(color);
            out.setFont(fonts.font(bold, fontSize));
            out.drawString(text, x, baseline, null);
        }

        private float width(String text, boolean bold) {
            BaseFont font = fonts.baseFont(bold);
            return font.getWidthPoint(text, fontSize / out.getDotsPerPoint()) * out.getDotsPerPoint();
        }

        /**
         * The pillar's title left of its bar: on one line when it fits, else on two (long titles such as
         * "Governance, risk and compliance"), the second shortened with an ellipsis if it still does not fit.
         */
        private void label(String title, float rowTop, float baseline) {
            float available = (float) (LABEL_MM - 3) * mm;
            if (width(title, true) <= available) {
                text(title, left, baseline, true, TEXT);
                return;
            }
            int split = lineBreak(title, available);
            float lineHeight = fontSize * 1.15f;
            float first = rowTop + rowHeight / 2 - lineHeight / 2 + fontSize * 0.35f;
            text(title.substring(0, split).strip(), left, first, true, TEXT);
            text(fit(title.substring(split).strip(), available), left, first + lineHeight, true, TEXT);
        }

        /** Where to break {@code text} so that its first line fits: after the last space that fits, else a hard cut. */
        private int lineBreak(String text, float available) {
            int lastSpace = -1;
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    if (width(text.substring(0, i), true) > available) {
                        break;
                    }
                    lastSpace = i;
                }
            }
            if (lastSpace > 0) {
                return lastSpace + 1;
            }
            int cut = text.offsetByCodePoints(0, 1);
            while (cut < text.length() && width(text.substring(0, text.offsetByCodePoints(cut, 1)), true)
                    <= available) {
                cut = text.offsetByCodePoints(cut, 1);
            }
            return cut;
        }

        /** The text, shortened with an ellipsis to fit {@code available}. */
        private String fit(String text, float available) {
            if (width(text, true) <= available) {
                return text;
            }
            String shortened = text;
            while (!shortened.isEmpty() && width(shortened + "…", true) > available) {
                shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
            }
            return shortened.strip() + "…";
        }
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
        // Holds no resources.
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
