/** The audit aggregate's identity and lifecycle. */
package ara.domain.audit;
