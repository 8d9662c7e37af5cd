package ara.application.port.out.storage;

import ara.domain.audit.AuditId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "reports/4f1c/9a.pdf", "uploads/x/logo.png", "A-Z_a-z.0-9", ".hidden/..name/x.", "a/.b"})
    void acceptsSafeKeys(String value) {
        assertThat(new ObjectKey(value).value()).isEqualTo(value);
        assertThat(new ObjectKey(value)).hasToString(value);
    }

    @Test
    void buildsTheReportAndUploadLayout() {
        AuditId audit = AuditId.parse("4f1c2e0a-0000-4000-8000-000000000001");
        UUID id = UUID.fromString("9a9b9c9d-0000-4000-8000-000000000002");

        assertThat(ObjectKey.report(audit, id).value())
                .isEqualTo("reports/4f1c2e0a-0000-4000-8000-000000000001/9a9b9c9d-0000-4000-8000-000000000002.pdf");
        assertThat(ObjectKey.upload(audit, id).value())
                .isEqualTo("uploads/4f1c2e0a-0000-4000-8000-000000000001/9a9b9c9d-0000-4000-8000-000000000002");
    }

    @Test
    void rejectsEmptyAndNull() {
        assertThatThrownBy(() -> new ObjectKey("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("object key must not be empty");
        assertThatNullPointerException().isThrownBy(() -> new ObjectKey(null)).withMessage("object key");
    }

    @Test
    void allowsAtMost1024Bytes() {
        assertThat(new ObjectKey("k".repeat(1024)).value()).hasSize(1024);
        assertThatThrownBy(() -> new ObjectKey("k".repeat(1025))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("object key must be at most 1024 bytes of UTF-8, got 1025");
        // 600 characters, 1200 bytes: the limit counts bytes, and the length rule is named before the charset.
        assertThatThrownBy(() -> new ObjectKey("é".repeat(600))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1024 bytes of UTF-8, got 1200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\nb", "a\rb", "a\tb", "a\u007Fb", "a\u0085b"})
    void rejectsControlCharacters(String value) {
        assertThatThrownBy(() -> new ObjectKey(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("object key must not contain control characters, found U+")
                .hasMessageEndingWith("at index 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\\b", "a%2Fb", "a?b", "a#b", "a:b", "é", "a+b", "a~b", "a*b", "a\u202Eb"})
    void rejectsCharactersOutsideTheSafeSet(String value) {
        assertThatThrownBy(() -> new ObjectKey(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("object key may contain only A-Z a-z 0-9 - _ . /, found '");
    }

    @Test
    void rejectsLeadingAndTrailingSlashes() {
        assertThatThrownBy(() -> new ObjectKey("/etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("object key must not start with '/': /etc/passwd");
        assertThatThrownBy(() -> new ObjectKey("reports/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("object key must not end with '/': reports/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../x", "a/../b", "a/..", ".", "./a", "a/./b", "a/."})
    void rejectsDotSegments(String value) {
        assertThatThrownBy(() -> new ObjectKey(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("object key must not contain a '.' or '..' segment: " + value);
    }

    @Test
    void rejectsEmptySegments() {
        assertThatThrownBy(() -> new ObjectKey("a//b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("object key must not contain an empty segment ('//'): a//b");
    }
}
