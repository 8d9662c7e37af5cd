/** What happened to audits and reports, as events that others may be told about (the outbox carries them). */
package ara.domain.event;
