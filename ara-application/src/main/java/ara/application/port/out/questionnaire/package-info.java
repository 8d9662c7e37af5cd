/** Outbound ports for questionnaires. */
package ara.application.port.out.questionnaire;
