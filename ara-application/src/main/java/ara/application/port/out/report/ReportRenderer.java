package ara.application.port.out.report;

import ara.domain.report.Logo;

/**
 * Outbound port: turns a scored audit into a finished report document (a PDF). Implementations are thread-safe, so
 * one instance serves a bounded pool of render workers; rendering is CPU-bound and fetches nothing from a network.
 */
public interface ReportRenderer {
    /** The media type of what {@link #render} returns. */
    String MEDIA_TYPE = "application/pdf";

    /**
     * Renders the report: the template's sections, with every number taken from the stored result.
     *
     * @return the complete document, ready to store
     * @throws ReportRenderingFailed when the renderer fails on valid content
     */
    byte[] render(ReportContent content);

    /**
     * Checks, when a logo is uploaded, that this renderer can draw it: the image decodes and its dimensions are
     * those of a logo. ({@link Logo#of} has already checked its size and its format's signature.)
     *
     * @throws ara.domain.report.LogoRejected naming the broken rule
     */
    void verify(Logo logo);
}
