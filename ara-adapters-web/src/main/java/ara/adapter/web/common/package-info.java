/** Web adapter plumbing shared by every route: JSON, request parsers, problem details and the exception mapping. */
package ara.adapter.web.common;
