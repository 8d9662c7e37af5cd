package ara.application.service.report;

import ara.application.port.out.report.ReportContent;
import ara.application.port.out.report.ReportRenderer;
import ara.application.port.out.report.ReportRenderingFailed;
import ara.domain.report.Logo;
import ara.domain.report.LogoRejected;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test double of the renderer (an external system: the PDF library): renders fixed PDF-like bytes naming the
 * template and organisation, fails the next renders on demand, rejects logos on demand, and runs a hook while it
 * renders (to change the world under a worker). Keeps what it was asked to render. Thread-safe.
 */
final class FixedPdfRenderer implements ReportRenderer {
    private final AtomicInteger failures = new AtomicInteger();
    private final List<ReportContent> rendered = new CopyOnWriteArrayList<>();
    private volatile boolean rejectLogos;
    private volatile Runnable whileRendering = () -> { };

    /** The document this renderer makes of {@code content}. */
    static byte[] document(ReportContent content) {
        return ("%PDF-1.7 " + content.template().code() + " report of " + content.organizationName().orElse("-")
                + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    /** The next {@code count} renders throw {@link ReportRenderingFailed}. */
    void failNext(int count) {
        failures.set(count);
    }

    /** From now on {@link #verify} rejects every logo as unreadable. */
    void rejectLogos() {
        rejectLogos = true;
    }

    /** Runs {@code hook} in every render, before the document is returned. */
    void whileRendering(Runnable hook) {
        whileRendering = hook;
    }

    /** What was rendered (including the renders that failed), oldest first. */
    List<ReportContent> rendered() {
        return List.copyOf(rendered);
    }

    @Override
    public byte[] render(ReportContent content) {
        rendered.add(content);
        whileRendering.run();
        if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ReportRenderingFailed("the test renderer fails on demand", null);
        }
        return document(content);
    }

    @Override
    public void verify(Logo logo) {
        if (rejectLogos) {
            throw new LogoRejected(LogoRejected.Rule.UNREADABLE, "logo cannot be decoded (test renderer)");
        }
    }
}
