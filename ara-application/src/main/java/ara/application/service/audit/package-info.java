/** Services of the audit use cases, and the audit repository's caching and metering decorators. */
package ara.application.service.audit;
