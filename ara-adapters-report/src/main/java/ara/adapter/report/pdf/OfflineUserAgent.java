package ara.adapter.report.pdf;

import org.openpdf.text.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

/**
 * Flying Saucer's window on the outside world, closed: it serves the logo and Flying Saucer's default stylesheet
 * from memory and refuses every other URL (no file, no network), so a render never fetches anything. One per
 * render; not thread-safe.
 */
final class OfflineUserAgent extends ITextUserAgent {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineUserAgent.class);
    /** Flying Saucer's own default stylesheet for XHTML, inside its jar: the one thing it may read. */
    private static final URL DEFAULT_CSS = Objects.requireNonNull(
            XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css"),
            "Flying Saucer's default stylesheet");
    private static final byte[] DEFAULT_CSS_BYTES = read(DEFAULT_CSS);

    private final Image logo;
    private final int dotsPerPixel;

    /** @param logo the decoded logo, or {@code null} */
    OfflineUserAgent(ITextOutputDevice device, int dotsPerPixel, Image logo) {
        super(device, dotsPerPixel);
        this.logo = logo;
        this.dotsPerPixel = dotsPerPixel;
    }

    @Override
    public ImageResource getImageResource(String uri) {
        if (logo != null && ReportDocument.LOGO_URI.equals(uri)) {
            // A copy per use: Flying Saucer scales the image it is given in place.
            Image copy = Image.getInstance(logo);
            copy.scaleAbsolute(copy.getPlainWidth() * dotsPerPixel, copy.getPlainHeight() * dotsPerPixel);
            return new ImageResource(uri, new ITextFSImage(copy));
        }
        refuse(uri);
        return new ImageResource(uri, null);
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Flying Saucer's default stylesheet", e);
        }
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        if (DEFAULT_CSS.toString().equals(uri)) {
            return new CSSResource(new ByteArrayInputStream(DEFAULT_CSS_BYTES));
        }
        refuse(uri);
        return new CSSResource(InputStream.nullInputStream());
    }

    @Override
    public XMLResource getXMLResource(String uri) {
        refuse(uri);
        return null;
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        refuse(uri);
        return null;
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        refuse(uri);
        return null;
    }

    @Override
    public String resolveURI(String uri) {
        return uri;
    }

    private static void refuse(String uri) {
        LOG.warn("Report rendering refused to load {}: reports load nothing from outside", uri);
    }
}
