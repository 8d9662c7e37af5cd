/** Services of the admin use cases: clean-ups, statistics and questionnaire publishing. */
package ara.application.service.admin;
