/** Request parsing: path, query, header and JSON body readers, answer values, request ids and client addresses. */
package ara.adapter.web.request;
