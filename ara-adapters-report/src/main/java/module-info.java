/** Report adapter: renders the audit report as PDF. */
module ara.adapter.report {
    requires ara.application;
}
