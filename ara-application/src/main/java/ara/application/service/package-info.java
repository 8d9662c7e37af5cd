/** Services that implement the inbound use cases; reached only through the composition root. */
package ara.application.service;
