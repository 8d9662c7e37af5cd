package ara.adapter.report.pdf;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.pdf.ITextOutputDevice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer's user agent loads nothing from outside: no network, no files. */
class OfflineUserAgentTest {

    @Test
    void neverConnectsAnywhere() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/";
            OfflineUserAgent agent = new OfflineUserAgent(new ITextOutputDevice(26.666f), 20, null);
            assertThat(agent.getImageResource(base + "logo.png").getImage()).isNull();
            assertThat(agent.getCSSResource(base + "style.css").getResourceInputSource().getByteStream().read())
                    .isEqualTo(-1);
            assertThat(agent.getBinaryResource(base + "font.ttf")).isNull();
            assertThat(agent.getXMLResource(base + "page.xhtml")).isNull();
            server.setSoTimeout(300);
            // A connection attempt would be waiting in the backlog by now.
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void readsNoFile(@org.junit.jupiter.api.io.TempDir Path directory) throws IOException {
        Path image = directory.resolve("logo.png");
        Files.write(image, TestImages.logo("png", 100, 40));
        Path css = directory.resolve("evil.css");
        Files.writeString(css, "body { display: none }");
        OfflineUserAgent agent = new OfflineUserAgent(new ITextOutputDevice(26.666f), 20, null);
        assertThat(agent.getImageResource(image.toUri().toString()).getImage()).isNull();
        assertThat(agent.getCSSResource(css.toUri().toString()).getResourceInputSource().getByteStream().read())
                .isEqualTo(-1);
        assertThat(agent.getBinaryResource(image.toUri().toString())).isNull();
    }

    @Test
    void servesTheLogoItWasGiven() {
        org.openpdf.text.Image logo = LogoImages.embeddable(ara.domain.report.Logo.of(TestImages.logo("png", 100, 40)));
        OfflineUserAgent agent = new OfflineUserAgent(new ITextOutputDevice(26.666f), 20, logo);
        assertThat(agent.getImageResource(ReportDocument.LOGO_URI).getImage()).isNotNull();
    }
}
