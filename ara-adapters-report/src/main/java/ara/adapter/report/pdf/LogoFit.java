package ara.adapter.report.pdf;

import java.util.Locale;

/**
 * A logo's proportions, and the CSS size that fits it into a box without distorting it (Flying Saucer does not
 * honour {@code max-width} on images, so the size is worked out here). Immutable.
 */
record LogoFit(float width, float height) {
    LogoFit {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a logo has a positive width and height, got " + width + " × " + height);
        }
    }

    /** {@code width: …mm; height: …mm}, as large as fits in the box. */
    String style(double maxWidthMm, double maxHeightMm) {
        double scale = Math.min(maxWidthMm / width, maxHeightMm / height);
        return String.format(Locale.ROOT, "width: %.2fmm; height: %.2fmm", width * scale, height * scale);
    }
}
