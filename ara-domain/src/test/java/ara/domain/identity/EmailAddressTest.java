package ara.domain.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void isNormalisedAndMaskedInToString() {
        EmailAddress email = new EmailAddress("  Ada.Lovelace@Example.COM ");
        assertThat(email.value()).isEqualTo("ada.lovelace@example.com");
        assertThat(email).isEqualTo(new EmailAddress("ada.lovelace@example.com"));
        assertThat(email.toString()).doesNotContain("lovelace").doesNotContain("example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "a@", "a@b", "a@@b.com", "a b@c.com", "a@.com", "a@b..com",
            "a@b.com.", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@toolong-local.com"})
    void rejectsMalformedAddresses(String candidate) {
        assertThatThrownBy(() -> new EmailAddress(candidate)).isInstanceOf(IllegalArgumentException.class);
    }
}
