/** Web routes for taking an audit: start, answer, submit, read, list. */
package ara.adapter.web.audit;
