package ara.atrest.seal;

import ara.atrest.seal.SealedValueUnreadable.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {
    private static final String EMAIL = "Ada.Lovelace@example.org";

    private final DataKeyRing ring = TestKeys.ring("k1");
    private final PersonalDataCipher cipher = new PersonalDataCipher(ring);

    @ParameterizedTest
    @ValueSource(strings = {EMAIL, "", "x", "Zoë Ångström <zoë@exämple.de> 🙂 漢字", "line\nbreak\u0000nul"})
    void opensWhatItSeals(String value) {
        assertThat(cipher.open(cipher.seal(value))).isEqualTo(value);
    }

    @Test
    void everyEnvelopeStartsWithThePrefixOfItsKeyAndNoOther() {
        assertThat(cipher.seal(EMAIL)).startsWith(PersonalDataCipher.envelopePrefix("k1"))
                .doesNotStartWith(PersonalDataCipher.envelopePrefix("k"));
        assertThatThrownBy(() -> PersonalDataCipher.envelopePrefix("k.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opensA10KilobyteValue() {
        String value = "0123456789abcdef€".repeat(640);
        assertThat(value.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_240);
        assertThat(cipher.open(cipher.seal(value))).isEqualTo(value);
    }

    @Test
    void theEnvelopeIsVersionKeyIdNonceAndCiphertextWithTag() {
        String envelope = cipher.seal(EMAIL);
        String[] parts = envelope.split("\\.");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("v1");
        assertThat(parts[1]).isEqualTo("k1");
        assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(12);
        assertThat(Base64.getUrlDecoder().decode(parts[3])).hasSize(EMAIL.length() + 16);
        assertThat(envelope).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void sealingTheSameValueTwiceGivesTwoEnvelopesThatBothOpen() {
        String first = cipher.seal(EMAIL);
        String second = cipher.seal(EMAIL);
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\.")[2]).isNotEqualTo(second.split("\\.")[2]);
        assertThat(cipher.open(first)).isEqualTo(EMAIL);
        assertThat(cipher.open(second)).isEqualTo(EMAIL);
    }

    @Test
    void theEnvelopeNeverContainsThePlaintextOrItsBase64() {
        for (String value : List.of(EMAIL, "ada@example.org", "a@b.c")) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            String envelope = cipher.seal(value);
            assertThat(envelope.toLowerCase()).doesNotContain(value.toLowerCase()).doesNotContain("@");
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder().withoutPadding())) {
                String encoded = encoder.encodeToString(bytes).replace("=", "");
                assertThat(envelope).doesNotContain(encoded.substring(0, 6));
            }
        }
    }

    @Test
    void rejectsAFlippedBitInTheCiphertext() {
        String[] parts = cipher.seal(EMAIL).split("\\.");
        parts[3] = flipBit(parts[3], 0);
        assertRejected(String.join(".", parts), Reason.TAMPERED);
    }

    @Test
    void rejectsAFlippedBitInTheTag() {
        String[] parts = cipher.seal(EMAIL).split("\\.");
        int lastByte = Base64.getUrlDecoder().decode(parts[3]).length - 1;
        parts[3] = flipBit(parts[3], lastByte);
        assertRejected(String.join(".", parts), Reason.TAMPERED);
    }

    @Test
    void rejectsAFlippedBitInTheNonce() {
        String[] parts = cipher.seal(EMAIL).split("\\.");
        parts[2] = flipBit(parts[2], 5);
        assertRejected(String.join(".", parts), Reason.TAMPERED);
    }

    @Test
    void rejectsEveryFlippedBitOfTheWholeValue() {
        String[] parts = cipher.seal("ada@example.org").split("\\.");
        int bits = Base64.getUrlDecoder().decode(parts[3]).length * 8;
        for (int bit = 0; bit < bits; bit++) {
            String[] tampered = parts.clone();
            byte[] bytes = Base64.getUrlDecoder().decode(parts[3]);
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
            tampered[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            assertRejected(String.join(".", tampered), Reason.TAMPERED);
        }
    }

    @Test
    void rejectsASwappedKeyIdEvenWhenThatIdHasTheSameKey() {
        DataKey k1 = ring.current();
        DataKey sameBytesOtherId = DataKey.of("k2", k1.material());
        PersonalDataCipher underK2 = new PersonalDataCipher(DataKeyRing.of(sameBytesOtherId));
        String swapped = cipher.seal(EMAIL).replaceFirst("^v1\\.k1\\.", "v1.k2.");
        assertThatThrownBy(() -> underK2.open(swapped))
                .isInstanceOfSatisfying(SealedValueUnreadable.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                    assertThat(e.keyId()).contains("k2");
                });
    }

    @Test
    void rejectsASwappedKeyIdOfAnotherKeyInTheRing() {
        DataKeyRing twoKeys = DataKeyRing.of(ring.current(), List.of(TestKeys.key("k0")));
        PersonalDataCipher both = new PersonalDataCipher(twoKeys);
        String swapped = both.seal(EMAIL).replaceFirst("^v1\\.k1\\.", "v1.k0.");
        assertRejected(both, swapped, Reason.TAMPERED);
    }

    @Test
    void rejectsAValueSealedUnderAnotherKeyWithTheSameId() {
        String foreign = new PersonalDataCipher(TestKeys.ring("k1")).seal(EMAIL);
        assertRejected(foreign, Reason.TAMPERED);
    }

    @Test
    void rejectsAnUnknownKeyIdNamingIt() {
        String other = new PersonalDataCipher(TestKeys.ring("k9")).seal(EMAIL);
        assertThatThrownBy(() -> cipher.open(other))
                .isInstanceOfSatisfying(SealedValueUnreadable.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY);
                    assertThat(e.keyId()).contains("k9");
                })
                .hasMessageContaining("key id k9");
    }

    @Test
    void rejectsTruncatedEnvelopes() {
        String envelope = cipher.seal(EMAIL);
        String[] parts = envelope.split("\\.");
        assertRejected(envelope.substring(0, envelope.length() - 1), Reason.MALFORMED);
        byte[] sealed = Base64.getUrlDecoder().decode(parts[3]);
        for (int cut : new int[] {1, 4, 16}) {
            byte[] shorter = Arrays.copyOf(sealed, sealed.length - cut);
            assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(shorter), Reason.TAMPERED);
        }
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2], Reason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + ".", Reason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3].substring(0, 20),
                Reason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 12) + "." + parts[3],
                Reason.MALFORMED);
    }

    @Test
    void rejectsExtraSegments() {
        String envelope = cipher.seal(EMAIL);
        assertRejected(envelope + ".AAAA", Reason.MALFORMED);
        assertRejected(envelope + ".", Reason.MALFORMED);
        assertRejected(envelope.replaceFirst("^v1\\.k1\\.", "v1.k1.k1."), Reason.MALFORMED);
    }

    @Test
    void rejectsAnUnknownVersion() {
        String envelope = cipher.seal(EMAIL);
        assertRejected(envelope.replaceFirst("^v1", "v2"), Reason.UNSUPPORTED_VERSION);
        assertRejected(envelope.replaceFirst("^v1", "V1"), Reason.UNSUPPORTED_VERSION);
        assertRejected(envelope.substring(3), Reason.MALFORMED);
    }

    @Test
    void rejectsNonCanonicalOrPaddedBase64() {
        String[] parts = cipher.seal(EMAIL).split("\\.");
        String padded = parts[0] + "." + parts[1] + "." + parts[2] + "." + Base64.getUrlEncoder()
                .encodeToString(Base64.getUrlDecoder().decode(parts[3]));
        if (padded.endsWith("=")) {
            assertRejected(padded, Reason.MALFORMED);
        }
        String standardAlphabet = parts[0] + "." + parts[1] + "." + parts[2].replace('-', '+').replace('_', '/')
                + "+/" + "." + parts[3];
        assertRejected(standardAlphabet, Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "...", "....", "v1", "v1...", "v1.k1..", "ada@example.org",
            "v1.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA", "v1.k1.!!!!.AAAA", "v1.k 1.AAAAAAAAAAAAAAAA.AAAA",
            "null", "v1.k1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA"})
    void rejectsGarbage(String garbage) {
        assertThatThrownBy(() -> cipher.open(garbage)).isInstanceOf(SealedValueUnreadable.class)
                .satisfies(e -> assertThat(((SealedValueUnreadable) e).reason())
                        .isIn(Reason.MALFORMED, Reason.UNSUPPORTED_VERSION, Reason.TAMPERED));
    }

    @Test
    void failuresNeverRepeatThePlaintextOrTheEnvelope() {
        String envelope = cipher.seal(EMAIL);
        String tampered = envelope.substring(0, envelope.length() - 2) + (envelope.endsWith("AA") ? "BA" : "AA");
        assertThatThrownBy(() -> cipher.open(tampered))
                .isInstanceOf(SealedValueUnreadable.class)
                .hasMessageNotContaining(EMAIL)
                .hasMessageNotContaining(tampered.split("\\.")[3])
                .hasMessageContaining("key id k1");
        assertThatThrownBy(() -> cipher.open(EMAIL))
                .isInstanceOf(SealedValueUnreadable.class)
                .hasMessageNotContaining(EMAIL)
                .hasMessageNotContaining("Ada");
    }

    @Test
    void aValueSealedUnderARetiredKeyOpensAfterRotationAndNewValuesUseTheNewKey() {
        String sealedBefore = cipher.seal(EMAIL);
        DataKeyRing rotated = ring.rotateTo(TestKeys.key("k2"));
        PersonalDataCipher afterRotation = new PersonalDataCipher(rotated);

        assertThat(afterRotation.open(sealedBefore)).isEqualTo(EMAIL);
        String sealedAfter = afterRotation.seal(EMAIL);
        assertThat(sealedAfter).startsWith("v1.k2.");
        assertThat(afterRotation.open(sealedAfter)).isEqualTo(EMAIL);
        assertRejected(sealedAfter, Reason.UNKNOWN_KEY);
    }

    @Test
    void aRingBuiltFromSettingsOpensValuesOfItsRetiredKeys() {
        String oldKey = TestKeys.base64Key();
        String sealed = new PersonalDataCipher(DataKeyRing.of(DataKey.fromBase64("2025", oldKey))).seal(EMAIL);
        DataKeyRing ring2026 = DataKeyRing.fromBase64("2026", TestKeys.base64Key(), Map.of("2025", oldKey));
        assertThat(new PersonalDataCipher(ring2026).open(sealed)).isEqualTo(EMAIL);
    }

    @Test
    void sealsAndOpensFromManyVirtualThreadsAtOnce() throws Exception {
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2_000; i++) {
                String value = "user" + i + "@example.org";
                results.add(threads.submit(() -> cipher.open(cipher.seal(value)).equals(value)));
            }
        }
        for (Future<Boolean> result : results) {
            assertThat(result.get()).isTrue();
        }
    }

    private void assertRejected(String envelope, Reason reason) {
        assertRejected(cipher, envelope, reason);
    }

    private static void assertRejected(PersonalDataCipher cipher, String envelope, Reason reason) {
        assertThatThrownBy(() -> cipher.open(envelope))
                .as("opening %s", envelope)
                .isInstanceOfSatisfying(SealedValueUnreadable.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static String flipBit(String base64Url, int byteIndex) {
        byte[] bytes = Base64.getUrlDecoder().decode(base64Url);
        bytes[byteIndex] ^= 0x01;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
