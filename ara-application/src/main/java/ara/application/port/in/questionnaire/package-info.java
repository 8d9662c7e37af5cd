/** Inbound ports for reading the published questionnaires. */
package ara.application.port.in.questionnaire;
