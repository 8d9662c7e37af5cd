/** Outbound ports of questionnaires: the catalog of published versions and publishing new ones. */
package ara.application.port.out.questionnaire;
