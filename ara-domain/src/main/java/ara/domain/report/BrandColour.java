package ara.domain.report;

import java.util.Locale;

/**
 * Value object: the colour a report is branded with, written {@code #RRGGBB} and kept in upper case so that equal
 * colours compare equal.
 */
public record BrandColour(String hex) {
    /** ARA's own colour, used when the owner chooses none. */
    public static final BrandColour ARA = new BrandColour("#1F5FAD");

    /** @throws BrandColourRejected unless {@code hex} is {@code #} and six hexadecimal digits */
    public BrandColour {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#' || !isHex(hex.substring(1))) {
            throw new BrandColourRejected(hex);
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    public static BrandColour of(String hex) {
        return new BrandColour(hex);
    }

    private static boolean isHex(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            // ASCII only: Character.digit would also take full-width and other Unicode digits.
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    public int red() {
        return component(1);
    }

    public int green() {
        return component(3);
    }

    public int blue() {
        return component(5);
    }

    private int component(int at) {
        return Integer.parseInt(hex.substring(at, at + 2), 16);
    }
}
