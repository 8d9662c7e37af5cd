/** Inbound ports for reports: request, read, list, cancel or delete, link to the document, and run the jobs. */
package ara.application.port.in.report;
