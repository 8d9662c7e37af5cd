/** Services of identity: authentication and the access rule behind every owner check. */
package ara.application.service.identity;
