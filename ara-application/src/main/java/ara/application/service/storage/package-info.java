/** Services of the object-storage use cases: uploads, links, edge grants and the storage health check. */
package ara.application.service.storage;
