/**
 * Inbound ports of the signed-URL service (the infrastructure guide's {@code /r2/*}): upload links for an audit's
 * owner, download links to objects ARA issued, deleting uploads, the storage's health; and serving the links ARA
 * signs itself when the storage is a local directory.
 */
package ara.application.port.in.storage;
