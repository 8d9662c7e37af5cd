package ara.application.port.out.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentTypeAndMetadataTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "text/plain; charset=utf-8", "text/plain;charset=UTF-8",
            "application/vnd.ara+json", "multipart/form-data; boundary=\"a b\""})
    void acceptsMediaTypes(String value) {
        assertThat(new ContentType(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pdf", "application/", "/pdf", "image/png\r\nX-Evil: 1", "image/png\n", "text/é",
            "image/png; charset", " image/png", "image/png "})
    void rejectsAnythingElse(String value) {
        assertThatThrownBy(() -> new ContentType(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("content type must be type/subtype");
    }

    @Test
    void boundsTheContentTypeLength() {
        assertThatThrownBy(() -> new ContentType("a/" + "b".repeat(254))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content type must be at most 255 characters, got 256");
    }

    @Test
    void metadataIsCopiedSortedAndUnmodifiable() {
        Map<String, String> source = new HashMap<>(Map.of("template", "standard", "audit-id", "a1"));
        ObjectMetadata metadata = ObjectMetadata.of(source);
        source.put("later", "x");

        assertThat(metadata.entries()).containsExactly(Map.entry("audit-id", "a1"), Map.entry("template", "standard"));
        assertThat(metadata.value("template")).contains("standard");
        assertThat(metadata.value("later")).isEmpty();
        assertThatThrownBy(() -> metadata.entries().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Audit", "audit_id", "-audit", "", "a b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void rejectsMetadataNamesS3WouldMangle(String name) {
        assertThatThrownBy(() -> ObjectMetadata.of(Map.of(name, "v"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata name must be 1-64 of a-z 0-9 -");
    }

    @ParameterizedTest
    @ValueSource(strings = {" lead", "trail ", "new\nline", "é", "tab\there"})
    void rejectsMetadataValuesThatAreNoHeaderValues(String value) {
        assertThatThrownBy(() -> ObjectMetadata.of(Map.of("name", value))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value of metadata name must be printable ASCII without leading or trailing spaces");
    }

    @Test
    void boundsTheMetadataSize() {
        assertThat(ObjectMetadata.of(Map.of("k", "v".repeat(2047))).entries()).hasSize(1);
        assertThat(ObjectMetadata.of(Map.of("k", "")).value("k")).contains("");
        assertThatThrownBy(() -> ObjectMetadata.of(Map.of("k", "v".repeat(2048))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metadata must be at most 2048 bytes of names and values, got 2049");
    }

    @Test
    void storedContentCopiesItsBytesAndKnowsItsHash() {
        byte[] bytes = {'a', 'b', 'c'};
        StoredContent content = new StoredContent(bytes, ContentType.PDF, ObjectMetadata.EMPTY);
        bytes[0] = 'x';
        content.content()[1] = 'x';

        assertThat(content.content()).containsExactly('a', 'b', 'c');
        assertThat(content.size()).isEqualTo(3);
        assertThat(content.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(content).isEqualTo(new StoredContent(new byte[] {'a', 'b', 'c'}, ContentType.PDF,
                ObjectMetadata.EMPTY));
    }

    @Test
    void storedObjectChecksItsHash() {
        ObjectKey key = new ObjectKey("k");
        assertThatThrownBy(() -> new StoredObject(key, 1, "ABC", ContentType.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sha256 must be 64 lower-case");
        assertThatThrownBy(() -> new StoredObject(key, -1, "0".repeat(64), ContentType.PDF))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("size must be at least 0, got -1");
    }

    @Test
    void linkValidityIsOneSecondToSevenDaysRoundedUp() {
        assertThat(ObjectStorage.validitySeconds(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(ObjectStorage.validitySeconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(ObjectStorage.validitySeconds(Duration.ofDays(7))).isEqualTo(604_800);
        assertThatThrownBy(() -> ObjectStorage.validitySeconds(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("link validity must be 1 s to 7");
        assertThatThrownBy(() -> ObjectStorage.validitySeconds(Duration.ofDays(7).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectStorage.checkedContentLength(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content length must be at least 0, got -1");
    }
}
