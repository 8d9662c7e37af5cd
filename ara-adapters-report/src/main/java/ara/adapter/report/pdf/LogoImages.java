package ara.adapter.report.pdf;

import ara.domain.report.Logo;
import ara.domain.report.LogoRejected;
import org.openpdf.text.Image;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Checks that a logo really is the image its first bytes claim, and turns it into what the PDF embeds. The
 * dimensions are read from the header before anything is decoded, so a small file that declares a gigantic image
 * is refused without allocating it. Stateless and thread-safe.
 */
final class LogoImages {
    /** Smallest and largest width or height, in pixels. */
    static final int MIN_PIXELS = 8;
    static final int MAX_PIXELS = 4096;

    private LogoImages() {
    }

    /** @throws LogoRejected when the image does not decode or its dimensions are not those of a logo */
    static void verify(Logo logo) {
        String format = logo.format().name().toLowerCase(Locale.ROOT);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime cannot read " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(logo.content()))) {
            reader.setInput(input, true, true);
            checkDimensions(reader.getWidth(0), reader.getHeight(0));
            reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw e instanceof LogoRejected rejected ? rejected : unreadable(logo, e);
        } finally {
            reader.dispose();
        }
        embeddable(logo);
    }

    private static void checkDimensions(int width, int height) {
        if (width < MIN_PIXELS || height < MIN_PIXELS || width > MAX_PIXELS || height > MAX_PIXELS) {
            throw new LogoRejected(LogoRejected.Rule.BAD_DIMENSIONS, "logo must be between " + MIN_PIXELS + " and "
                    + MAX_PIXELS + " pixels wide and high, got " + width + " × " + height);
        }
    }

    /** The logo as the PDF embeds it. @throws LogoRejected when OpenPDF cannot read it */
    static Image embeddable(Logo logo) {
        try {
            return Image.getInstance(logo.content());
        } catch (IOException | RuntimeException e) {
            throw unreadable(logo, e);
        }
    }

    private static LogoRejected unreadable(Logo logo, Exception cause) {
        LogoRejected rejected = new LogoRejected(LogoRejected.Rule.UNREADABLE, "logo starts like a "
                + logo.format() + " image but cannot be decoded as one (" + cause.getMessage() + ")");
        rejected.initCause(cause);
        return rejected;
    }
}
