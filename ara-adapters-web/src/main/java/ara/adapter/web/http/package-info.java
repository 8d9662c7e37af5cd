/** HTTP plumbing of every response: the JSON configuration, success responses, API paths and the standard headers. */
package ara.adapter.web.http;
