package ara.application.port.in.storage;

import ara.domain.identity.Caller;

/**
 * Inbound port: an expiring download link to an object ARA issued (an upload, or a ready report's document), for
 * the owner of the audit it belongs to. Whether ARA issued it, and for which audit, is looked up in the database;
 * the key's text decides nothing.
 */
public interface GetObjectLinkUseCase {
    /** @throws ObjectNotFound when ARA issued no such object, or the caller may not see it */
    ObjectLinkView link(String key, Caller caller);
}
