package ara.adapter.report.pdf;

import ara.domain.result.AuditResult;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;

/** Flying Saucer's replaced elements plus the pillar chart. One per render; not thread-safe. */
final class ChartElementFactory extends ITextReplacedElementFactory {
    private final AuditResult result;
    private final BrandPalette palette;
    private final EmbeddedFonts fonts;

    ChartElementFactory(ITextOutputDevice device, AuditResult result, BrandPalette palette, EmbeddedFonts fonts) {
        super(device);
        this.result = result;
        this.palette = palette;
        this.fonts = fonts;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth,
                                                 int cssHeight) {
        Element element = box.getElement();
        if (element != null && "object".equals(element.getLocalName())
                && PillarChart.MEDIA_TYPE.equals(element.getAttribute("type"))) {
            return new PillarChart(result, palette, fonts, cssWidth, cssHeight);
        }
        return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }
}
