package ara.adapter.report.pdf;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void keepsMarkupAsTextNodes() {
        Html html = new Html("<title>", "en");
        Html.Tag p = html.body().add("p", "x", "<script>alert(1)</script> & <b>");
        Element element = p.element();
        assertThat(element.getChildNodes().getLength()).isEqualTo(1);
        assertThat(element.getFirstChild().getNodeType()).isEqualTo(org.w3c.dom.Node.TEXT_NODE);
        assertThat(element.getTextContent()).isEqualTo("<script>alert(1)</script> & <b>");
        assertThat(html.document().getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void replacesWhatXmlCannotCarry() {
        assertThat(Html.clean("a\u0000b\u0007c\tok\nok\r")).isEqualTo("a\uFFFDb\uFFFDc\tok\nok\r");
        assertThat(Html.clean("lone \uD83D high, lone \uDE80 low")).isEqualTo("lone \uFFFD high, lone \uFFFD low");
        assertThat(Html.clean("pair 🚀 and \uFFFF")).isEqualTo("pair 🚀 and \uFFFD");
        String clean = "Ørsted & Søn — 株式会社 עברית";
        assertThat(Html.clean(clean)).isSameAs(clean);
    }

    @Test
    void cleansAttributesToo() {
        Html html = new Html("t", "en");
        assertThat(html.body().add("p").attr("title", "x\u0001y").element().getAttribute("title"))
                .isEqualTo("x\uFFFDy");
    }
}
