package ara.domain.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrandColourTest {

    @Test
    void isKeptInUpperCaseSoThatEqualColoursAreEqual() {
        BrandColour colour = BrandColour.of("#0f7b6c");
        assertThat(colour.hex()).isEqualTo("#0F7B6C");
        assertThat(colour).isEqualTo(BrandColour.of("#0F7B6C"));
        assertThat(colour.red()).isEqualTo(0x0F);
        assertThat(colour.green()).isEqualTo(0x7B);
        assertThat(colour.blue()).isEqualTo(0x6C);
    }

    @Test
    void araHasItsOwnDefault() {
        assertThat(BrandColour.ARA.hex()).matches("#[0-9A-F]{6}");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "#", "1F5FAD", "#1F5FA", "#1F5FADD", "#GGGGGG", " #1F5FAD", "#1F5FAD ", "red",
        "rgb(1,2,3)", "#１２３４５６", "#1F5F-D", "##1F5FA"})
    void rejectsAnythingButHashAndSixHexDigits(String candidate) {
        assertThatThrownBy(() -> BrandColour.of(candidate))
                .isInstanceOf(BrandColourRejected.class)
                .hasMessageContaining("#RRGGBB")
                .satisfies(e -> assertThat(((BrandColourRejected) e).value()).isEqualTo(candidate));
    }

    @Test
    void quotesAtMostTwentyCharactersOfARejectedValue() {
        String longValue = "#" + "A".repeat(200);
        assertThatThrownBy(() -> BrandColour.of(longValue)).hasMessageNotContaining("A".repeat(21));
    }
}
