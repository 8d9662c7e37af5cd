/** Services of the report use cases and the access rule for reports and uploads. */
package ara.application.service.report;
