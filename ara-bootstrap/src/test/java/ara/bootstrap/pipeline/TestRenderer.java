package ara.bootstrap.pipeline;

import ara.application.port.out.report.ReportContent;
import ara.application.port.out.report.ReportRenderer;
import ara.domain.report.Logo;
import ara.domain.report.LogoFormat;
import ara.domain.report.LogoRejected;
import ara.domain.report.ReportId;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the PDF renderer where the pipeline's behaviour, not the document, is under test: a tiny PDF-like
 * document naming the audit and template, a record of every render, and a way to hold a render until released (a
 * worker "mid-render"). Accepts PNG logos only. Thread-safe.
 */
final class TestRenderer implements ReportRenderer {
    private final List<String> renders = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final CountDownLatch started = new CountDownLatch(1);

    @Override
    public byte[] render(ReportContent content) {
        renders.add(content.audit().id() + " " + content.template().code() + " "
                + content.customization().logoImage().map(Logo::size).orElse(0));
        started.countDown();
        try {
            if (!hold.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never released the render");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ("%PDF-1.7\n% " + content.audit().id() + " " + content.template().code() + " "
                + content.organizationName().orElse("") + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void verify(Logo logo) {
        if (logo.format() != LogoFormat.PNG) {
            throw new LogoRejected(LogoRejected.Rule.UNREADABLE, "logo cannot be decoded (this renderer draws PNG only)");
        }
    }

    /** Renders from now on wait until {@link #release()}. */
    void holdRenders() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    boolean awaitStarted() throws InterruptedException {
        return started.await(1, TimeUnit.MINUTES);
    }

    /** One line per render: audit, template and logo size. */
    List<String> renders() {
        return List.copyOf(renders);
    }

    long rendersOf(ReportId ignored, String audit) {
        return renders.stream().filter(line -> line.startsWith(audit)).count();
    }
}
