/** The report adapter: filled in by the issue that delivers it. */
package ara.adapter.report;
