/** Report adapter: renders the audit report as a PDF (Flying Saucer and OpenPDF, embedded DejaVu fonts). */
// "module" lint: ara.bootstrap, the target of the qualified export, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.report {
    requires ara.application;
    requires flying.saucer;
    requires flying.saucer.pdf;
    requires com.github.librepdf.openpdf;
    requires org.slf4j;
    requires java.desktop;
    requires java.xml;
    // Flying Saucer reads the DOM through org.w3c.dom.css and friends.
    requires jdk.xml.dom;

    exports ara.adapter.report.pdf to ara.bootstrap;
}
