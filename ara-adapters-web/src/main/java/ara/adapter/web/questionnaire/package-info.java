/** Web routes for reading the published questionnaires. */
package ara.adapter.web.questionnaire;
