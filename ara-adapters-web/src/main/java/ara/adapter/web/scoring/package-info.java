/** Web routes for scoring: the score preview and the result shape shared with submitted audits. */
package ara.adapter.web.scoring;
