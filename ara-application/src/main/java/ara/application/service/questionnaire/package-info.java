/** Services of the questionnaire use case. */
package ara.application.service.questionnaire;
