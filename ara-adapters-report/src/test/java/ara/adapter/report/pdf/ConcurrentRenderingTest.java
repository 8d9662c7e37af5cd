package ara.adapter.report.pdf;

import ara.application.port.out.report.ReportContent;
import ara.domain.report.BrandColour;
import ara.domain.report.Logo;
import ara.domain.report.ReportCustomization;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One renderer serves several threads at once and every report comes out as it does alone. */
class ConcurrentRenderingTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;

    @Test
    void rendersInParallelWhatItRendersAlone() throws Exception {
        FlyingSaucerReportRenderer renderer = new FlyingSaucerReportRenderer();
        List<ReportContent> contents = List.of(
                ReportSamples.workedExample(ReportTemplate.STANDARD),
                ReportSamples.workedExample(ReportTemplate.EXECUTIVE),
                ReportSamples.content(ReportSamples.scored("Northwind Health", ReportSamples.hospital()),
                        ReportTemplate.TECHNICAL, ReportCustomization.none().withBrandColour(BrandColour.of("#0F7B6C"))
                                .withLogo(Logo.of(TestImages.logo("png", 240, 60)))),
                ReportSamples.workedExample(ReportTemplate.TECHNICAL));
        List<String> alone = new ArrayList<>();
        for (ReportContent content : contents) {
            alone.add(PdfDocument.read(renderer.render(content)).text());
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> texts = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < contents.size(); i++) {
                    ReportContent content = contents.get(i);
                    which.add(i);
                    texts.add(pool.submit(() -> PdfDocument.read(renderer.render(content)).text()));
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).as("report " + which.get(i)).isEqualTo(alone.get(which.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void warmsUpByRenderingOnce() {
        FlyingSaucerReportRenderer renderer = new FlyingSaucerReportRenderer();
        assertThat(renderer.warmUp()).isNotNegative();
        assertThat(PdfDocument.read(renderer.render(ReportSamples.workedExample(ReportTemplate.EXECUTIVE)))
                .pages()).isBetween(3, 40);
    }
}
