/** Questionnaire catalog: published questionnaire versions and their scoring, loaded from JSON files. */
package ara.adapter.catalog;
