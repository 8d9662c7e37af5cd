package ara.adapter.report.pdf;

import ara.domain.report.BrandColour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BrandPaletteTest {

    private static double luminance(String hex) {
        BrandColour colour = BrandColour.of(hex);
        return BrandPalette.luminance(colour.red(), colour.green(), colour.blue());
    }

    @Test
    void writesWhiteOnADarkBrandAndDarkOnALightOne() {
        assertThat(BrandPalette.of(BrandColour.of("#0B1F44")).onBrand()).isEqualTo("#FFFFFF");
        assertThat(BrandPalette.of(BrandColour.of("#FFE14D")).onBrand()).isEqualTo("#1D2430");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#FFFFFF", "#FFE14D", "#7FDBFF", "#1F5FAD", "#000000", "#D7263D"})
    void keepsHeadingsReadableOnWhiteWhateverTheBrand(String hex) {
        BrandPalette palette = BrandPalette.of(BrandColour.of(hex));
        assertThat(BrandPalette.contrast(1.0, luminance(palette.ink()))).isGreaterThanOrEqualTo(3.0);
        assertThat(palette.brand()).isEqualTo(hex);
    }

    @Test
    void leavesADarkEnoughBrandAsItIs() {
        assertThat(BrandPalette.of(BrandColour.of("#1F5FAD")).ink()).isEqualTo("#1F5FAD");
    }

    @Test
    void tintsTowardsWhite() {
        assertThat(luminance(BrandPalette.of(BrandColour.of("#1F5FAD")).tint())).isGreaterThan(0.8);
    }

    @Test
    void putsTheColoursInTheStylesheet() {
        assertThat(BrandPalette.of(BrandColour.of("#D7263D")).css()).contains(".bar-fill { background-color: #D7263D; }");
    }
}
