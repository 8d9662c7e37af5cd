/** Services of the rate-limit use case. */
package ara.application.service.limit;
