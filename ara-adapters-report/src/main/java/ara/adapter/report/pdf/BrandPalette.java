package ara.adapter.report.pdf;

import ara.domain.report.BrandColour;

import java.util.Locale;

/**
 * The colours derived from an owner's brand colour so that any choice stays readable: the brand colour itself for
 * bars and bands, text on it in white or near-black (whichever contrasts more), a darker variant for headings on
 * white when the brand colour is too light to read, and a pale tint for backgrounds. Immutable.
 */
record BrandPalette(String brand, String onBrand, String ink, String tint) {
    private static final String DARK_TEXT = "#1D2430";
    private static final String WHITE = "#FFFFFF";
    /** WCAG's contrast ratio for large text: headings below it are darkened. */
    private static final double HEADING_CONTRAST = 3.0;

    static BrandPalette of(BrandColour colour) {
        int r = colour.red();
        int g = colour.green();
        int b = colour.blue();
        double luminance = luminance(r, g, b);
        String onBrand = contrast(1.0, luminance) >= contrast(luminance(0x1D, 0x24, 0x30), luminance) ? WHITE
                : DARK_TEXT;
        double darken = 1.0;
        while (contrast(1.0, luminance(scale(r, darken), scale(g, darken), scale(b, darken))) < HEADING_CONTRAST
                && darken > 0.05) {
            darken -= 0.05;
        }
        String ink = hex(scale(r, darken), scale(g, darken), scale(b, darken));
        String tint = hex(mix(r, 0.12), mix(g, 0.12), mix(b, 0.12));
        return new BrandPalette(colour.hex(), onBrand, ink, tint);
    }

    private static int scale(int component, double factor) {
        return (int) Math.round(component * factor);
    }

    /** {@code share} of the colour on white. */
    private static int mix(int component, double share) {
        return (int) Math.round(255 - (255 - component) * share);
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
    }

    /** Relative luminance (WCAG 2). */
    static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double contrast(double lighter, double darker) {
        double high = Math.max(lighter, darker);
        double low = Math.min(lighter, darker);
        return (high + 0.05) / (low + 0.05);
    }

    /** The stylesheet rules that carry the brand colours; appended to the static stylesheet. */
    String css() {
        return ".brand-band { background-color: " + brand + "; color: " + onBrand + "; }\n"
                + ".section-title, h2, .ink { color: " + ink + "; }\n"
                + ".section-title { border-bottom-color: " + brand + "; }\n"
                + ".bar-fill { background-color: " + brand + "; }\n"
                + ".tint { background-color: " + tint + "; }\n"
                + ".card { border-top-color: " + brand + "; }\n"
                + "table.grid th { border-bottom-color: " + brand + "; }\n";
    }
}
