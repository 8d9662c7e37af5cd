/**
 * The web adapter's entry point for the composition root: {@link ara.adapter.web.WebServer} built from the
 * use cases ({@link ara.adapter.web.WebUseCases}) and its settings ({@link ara.adapter.web.WebSettings}).
 */
package ara.adapter.web;
