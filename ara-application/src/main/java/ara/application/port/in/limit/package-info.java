/** Inbound port: rate limits on requests (admit a request against a configured limit, or refuse it). */
package ara.application.port.in.limit;
