package ara.domain.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogoTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    private static byte[] startingWith(byte[] signature, int size) {
        byte[] content = Arrays.copyOf(signature, size);
        Arrays.fill(content, signature.length, size, (byte) 7);
        return content;
    }

    @Test
    void recognisesPngByItsSignature() {
        Logo logo = Logo.of(startingWith(PNG_SIGNATURE, 100));
        assertThat(logo.format()).isEqualTo(LogoFormat.PNG);
        assertThat(logo.format().mediaType()).isEqualTo("image/png");
        assertThat(logo.size()).isEqualTo(100);
    }

    @Test
    void recognisesJpegByItsSignature() {
        Logo logo = Logo.of(startingWith(JPEG_SIGNATURE, 100));
        assertThat(logo.format()).isEqualTo(LogoFormat.JPEG);
        assertThat(logo.format().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void acceptsExactly512KiB() {
        assertThat(Logo.of(startingWith(PNG_SIGNATURE, 512 * 1024)).size()).isEqualTo(Logo.MAX_BYTES);
    }

    @Test
    void rejectsOneByteMoreThan512KiB() {
        assertThatThrownBy(() -> Logo.of(startingWith(PNG_SIGNATURE, 512 * 1024 + 1)))
                .isInstanceOfSatisfying(LogoRejected.class,
                        e -> assertThat(e.rule()).isEqualTo(LogoRejected.Rule.TOO_LARGE))
                .hasMessageContaining("512 KiB");
    }

    @Test
    void rejectsNothing() {
        assertThatThrownBy(() -> Logo.of(new byte[0])).isInstanceOfSatisfying(LogoRejected.class,
                e -> assertThat(e.rule()).isEqualTo(LogoRejected.Rule.EMPTY));
    }

    @Test
    void rejectsAGif() {
        assertRejectedAsUnsupported("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void rejectsAnSvg() {
        assertRejectedAsUnsupported(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsATextFileWhateverItIsCalled() {
        // Named logo.png by its uploader: the name is never looked at.
        assertRejectedAsUnsupported("PNG image, honestly".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsATruncatedSignature() {
        assertRejectedAsUnsupported(Arrays.copyOf(PNG_SIGNATURE, 5));
    }

    private static void assertRejectedAsUnsupported(byte[] content) {
        assertThatThrownBy(() -> Logo.of(content))
                .isInstanceOfSatisfying(LogoRejected.class,
                        e -> assertThat(e.rule()).isEqualTo(LogoRejected.Rule.UNSUPPORTED_FORMAT))
                .hasMessageContaining("PNG or JPEG");
    }

    @Test
    void copiesItsBytesInAndOut() {
        byte[] content = startingWith(PNG_SIGNATURE, 20);
        Logo logo = Logo.of(content);
        content[10] = 99;
        byte[] out = logo.content();
        out[11] = 99;
        assertThat(logo.content()).isEqualTo(startingWith(PNG_SIGNATURE, 20));
    }

    @Test
    void isEqualByContentAndNamedByItsHash() {
        Logo logo = Logo.of(startingWith(PNG_SIGNATURE, 20));
        assertThat(logo).isEqualTo(Logo.of(startingWith(PNG_SIGNATURE, 20))).hasSameHashCodeAs(
                Logo.of(startingWith(PNG_SIGNATURE, 20)));
        assertThat(logo).isNotEqualTo(Logo.of(startingWith(PNG_SIGNATURE, 21)));
        assertThat(logo.sha256()).hasSize(64).isEqualTo(Logo.of(startingWith(PNG_SIGNATURE, 20)).sha256());
        assertThat(logo.toString()).contains("PNG", "20 bytes");
    }
}
