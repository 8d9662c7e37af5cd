package ara.domain.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuestTokenTest {

    private static GuestToken token(int seed) {
        byte[] bytes = new byte[GuestToken.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) seed);
        return GuestToken.fromRandomBytes(bytes);
    }

    @Test
    void carries256BitsAndReadsBackFromItsTextForm() {
        GuestToken token = token(7);
        assertThat(token.reveal()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(GuestToken.parse(token.reveal())).isEqualTo(token);
        assertThat(GuestToken.parse(token.reveal()).hash()).isEqualTo(token.hash());
    }

    @Test
    void isStoredAsASha256HashThatDiffersPerToken() {
        assertThat(token(1).hash().hex()).hasSize(64).matches("[0-9a-f]+");
        assertThat(token(1).hash()).isNotEqualTo(token(2).hash());
        assertThat(token(1).hash().matches(token(1).hash())).isTrue();
        assertThat(token(1).hash().matches(token(2).hash())).isFalse();
    }

    @Test
    void neverShowsItselfInToString() {
        GuestToken token = token(3);
        assertThat(token.toString()).doesNotContain(token.reveal());
    }

    @Test
    void needsExactly32RandomBytes() {
        assertThatThrownBy(() -> GuestToken.fromRandomBytes(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GuestToken.fromRandomBytes(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
    void rejectsAnythingThatCannotBeAnIssuedToken(String presented) {
        assertThatThrownBy(() -> GuestToken.parse(presented)).isInstanceOf(IllegalArgumentException.class);
    }
}
