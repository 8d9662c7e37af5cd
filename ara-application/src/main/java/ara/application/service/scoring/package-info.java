/** Services of the scoring use case and the scoring-scheme lookup the other services share. */
package ara.application.service.scoring;
