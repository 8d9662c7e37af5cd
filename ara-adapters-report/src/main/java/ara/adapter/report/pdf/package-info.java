/** PDF reports: XHTML built as a DOM, print CSS, an embedded font and a vector chart, rendered by Flying Saucer. */
package ara.adapter.report.pdf;
