/** Outbound ports of object storage: stored objects (report documents and uploads), signed links and edge grants. */
package ara.application.port.out.storage;
