package ara.adapter.report.pdf;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Logos drawn in the test: a coloured badge with initials, written as PNG or JPEG by ImageIO. */
final class TestImages {
    private TestImages() {
    }

    static byte[] logo(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!format.equals("png")) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setColor(new Color(0x0F, 0x7B, 0x6C));
            g.fillRoundRect(0, 0, height, height, height / 4, height / 4);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, height / 2)));
            g.drawString("NH", height / 6, height * 2 / 3);
            g.setColor(new Color(0x1D, 0x24, 0x30));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, height / 4)));
            g.drawString("Northwind", height + height / 6, height / 2 - height / 20);
            g.drawString("Health", height + height / 6, height * 3 / 4);
        } finally {
            g.dispose();
        }
        return encode(image, format);
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
