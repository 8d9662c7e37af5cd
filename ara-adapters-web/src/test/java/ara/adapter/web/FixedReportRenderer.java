package ara.adapter.web;

import ara.application.port.out.report.ReportContent;
import ara.application.port.out.report.ReportRenderer;
import ara.domain.report.Logo;

import java.nio.charset.StandardCharsets;

/**
 * Test double of the report renderer (whose real adapter lays out a PDF, which takes a second): every report is the
 * same {@value #SIZE} bytes, and every logo is accepted. Stateless, thread-safe.
 */
final class FixedReportRenderer implements ReportRenderer {
    static final int SIZE = 1234;

    @Override
    public byte[] render(ReportContent content) {
        byte[] document = new byte[SIZE];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, document, 0, 5);
        return document;
    }

    @Override
    public void verify(Logo logo) {
        // Any logo the domain accepted will do.
    }
}
