package ara.atrest.seal;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataKeyTest {

    @Test
    void readsA32ByteBase64KeyInEitherAlphabet() {
        byte[] raw = new byte[32];
        raw[0] = (byte) 0xfb;
        raw[1] = (byte) 0xff;
        DataKey standard = DataKey.fromBase64("k1", Base64.getEncoder().encodeToString(raw));
        DataKey urlSafe = DataKey.fromBase64("k1", Base64.getUrlEncoder().withoutPadding().encodeToString(raw) + "\n");
        assertThat(standard).isEqualTo(urlSafe).isEqualTo(DataKey.of("k1", raw));
        assertThat(standard.material()).isEqualTo(raw);
    }

    @Test
    void rejectsKeysThatAreNot32Bytes() {
        assertThatThrownBy(() -> DataKey.of("k1", new byte[16]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k1").hasMessageContaining("16");
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
        assertThatThrownBy(() -> DataKey.fromBase64("k1", shortKey)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTextThatIsNotBase64WithoutRepeatingIt() {
        assertThatThrownBy(() -> DataKey.fromBase64("k1", "secret!secret!secret!secret!secret!secret!ab="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data key k1 is not valid base64")
                .hasNoCause();
    }

    @Test
    void rejectsIdsThatCannotBeAnEnvelopeSegment() {
        for (String id : List.of("", "a.b", "k 1", "x".repeat(33), "ключ")) {
            assertThatThrownBy(() -> TestKeys.key(id)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(TestKeys.key("2026-01_a").id()).isEqualTo("2026-01_a");
    }

    @Test
    void toStringShowsTheIdButNeverTheKey() {
        String base64 = TestKeys.base64Key();
        DataKey key = DataKey.fromBase64("k7", base64);
        DataKeyRing ring = DataKeyRing.of(key);
        for (String text : List.of(key.toString(), ring.toString(), new PersonalDataCipher(ring).toString(),
                new KeyedHash(ring).toString())) {
            assertThat(text).doesNotContain(base64).doesNotContain(base64.substring(0, 8));
        }
        assertThat(key.toString()).isEqualTo("DataKey[k7]");
    }

    @Test
    void theKeyIsCopiedInAndOut() {
        byte[] raw = new byte[32];
        DataKey key = DataKey.of("k1", raw);
        raw[0] = 1;
        key.material()[1] = 1;
        assertThat(key.material()).isEqualTo(new byte[32]);
    }

    @Test
    void aRingFindsEveryKeyByIdAndSealsWithTheCurrentOne() {
        DataKey old = TestKeys.key("old");
        DataKey current = TestKeys.key("new");
        DataKeyRing ring = DataKeyRing.of(current, List.of(old));
        assertThat(ring.current()).isSameAs(current);
        assertThat(ring.find("old")).containsSame(old);
        assertThat(ring.find("new")).containsSame(current);
        assertThat(ring.find("other")).isEmpty();
        assertThat(ring.keys()).containsExactly(current, old);
    }

    @Test
    void aRingIsBuiltFromSettings() {
        DataKeyRing ring = DataKeyRing.fromBase64("k2", TestKeys.base64Key(),
                Map.of("k1", TestKeys.base64Key(), "k0", TestKeys.base64Key()));
        assertThat(ring.current().id()).isEqualTo("k2");
        assertThat(ring.keys()).extracting(DataKey::id).containsExactlyInAnyOrder("k2", "k1", "k0");
    }

    @Test
    void aRingRejectsDuplicateIdsAndTheSameKeyUnderTwoIds() {
        String base64 = TestKeys.base64Key();
        assertThatThrownBy(() -> DataKeyRing.of(TestKeys.key("k1"), List.of(TestKeys.key("k1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k1 is given twice");
        assertThatThrownBy(() -> DataKeyRing.fromBase64("k2", base64, Map.of("k1", base64)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("are the same key");
    }

    @Test
    void rotatingKeepsTheOldCurrentKeyForOpening() {
        DataKeyRing first = TestKeys.ring("k1");
        DataKeyRing second = first.rotateTo(TestKeys.key("k2"));
        assertThat(second.current().id()).isEqualTo("k2");
        assertThat(second.find("k1")).contains(first.current());
    }
}
