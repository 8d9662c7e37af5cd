package ara.atrest.seal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedHashTest {
    private final DataKeyRing ring = TestKeys.ring("k1");
    private final KeyedHash hash = new KeyedHash(ring);

    @Test
    void isStableAcrossCallsAndInstances() {
        String first = hash.hash("ada@example.org");
        assertThat(hash.hash("ada@example.org")).isEqualTo(first);
        assertThat(new KeyedHash(ring).hash("ada@example.org")).isEqualTo(first);
        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void differsAcrossValuesAndAcrossKeys() {
        assertThat(hash.hash("ada@example.org")).isNotEqualTo(hash.hash("ada@example.com"));
        assertThat(new KeyedHash(TestKeys.ring("k1")).hash("ada@example.org"))
                .isNotEqualTo(hash.hash("ada@example.org"));
    }

    @Test
    void isEqualForDifferentlyCasedEmailsAfterNormalisation() {
        assertThat(hash.hash(Emails.normalise("  Ada.Lovelace@Example.ORG ")))
                .isEqualTo(hash.hash(Emails.normalise("ada.lovelace@example.org")));
    }

    @Test
    void isNotAPlainHashNorAnHmacUnderTheDataKeyItself() throws Exception {
        String value = "ada@example.org";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ring.current().material(), "HmacSHA256"));
        String underDataKey = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        assertThat(hash.hash(value)).isNotEqualTo(underDataKey).doesNotContain("ada");
    }

    @Test
    void derivesTheHashKeyWithHkdfSha256() throws Exception {
        // RFC 5869 test case 3 (zero-length salt and info): checks the extract-and-expand steps for one block.
        byte[] ikm = HexFormat.of().parseHex("0b".repeat(22));
        Mac extract = Mac.getInstance("HmacSHA256");
        extract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = extract.doFinal(ikm);
        assertThat(HexFormat.of().formatHex(prk))
                .isEqualTo("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04");
        // The production derivation is the same construction, with info "ara keyed hash v1": pin its output.
        DataKey zeros = DataKey.of("z", new byte[32]);
        Mac expand = Mac.getInstance("HmacSHA256");
        Mac zeroExtract = Mac.getInstance("HmacSHA256");
        zeroExtract.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        expand.init(new SecretKeySpec(zeroExtract.doFinal(new byte[32]), "HmacSHA256"));
        expand.update(KeyedHash.INFO.getBytes(StandardCharsets.US_ASCII));
        expand.update((byte) 1);
        Mac expected = Mac.getInstance("HmacSHA256");
        expected.init(new SecretKeySpec(expand.doFinal(), "HmacSHA256"));
        String want = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(expected.doFinal("x".getBytes(StandardCharsets.UTF_8)));
        assertThat(new KeyedHash(DataKeyRing.of(zeros)).hash("x")).isEqualTo(want);
    }

    @Test
    void candidatesCoverEveryKeyOfTheRingCurrentFirst() {
        DataKeyRing rotated = ring.rotateTo(TestKeys.key("k2"));
        KeyedHash afterRotation = new KeyedHash(rotated);
        List<String> candidates = afterRotation.candidates("ada@example.org");
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0)).isEqualTo(afterRotation.hash("ada@example.org"));
        assertThat(candidates.get(1)).isEqualTo(hash.hash("ada@example.org"));
    }

    @Test
    void emailsAreTrimmedAndLowerCasedWhole() {
        assertThat(Emails.normalise(" Ada.Lovelace+ARA@Example.ORG\t")).isEqualTo("ada.lovelace+ara@example.org");
        assertThat(Emails.normalise("ZOE\u0308@EXAMPLE.DE")).isEqualTo("zoë@example.de");
        assertThat(Emails.normalise("\"a@b\"@example.org")).isEqualTo("\"a@b\"@example.org");
    }

    @Test
    void emailsWithoutBothPartsAreRejectedWithoutRepeatingThem() {
        for (String bad : List.of("", "   ", "ada", "ada@", "@example.org", " secret@ ")) {
            assertThatThrownBy(() -> Emails.normalise(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("secret");
        }
    }
}
