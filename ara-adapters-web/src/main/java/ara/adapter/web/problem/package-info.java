/** Problem details (RFC 9457): the problem types, the writer, and the one mapping from exceptions to responses. */
package ara.adapter.web.problem;
