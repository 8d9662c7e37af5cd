/**
 * Reports: the job's lifecycle as states ({@link ara.domain.report.ReportState}), the templates and their sections,
 * and what an owner may customise (name, brand colour, logo).
 */
package ara.domain.report;
