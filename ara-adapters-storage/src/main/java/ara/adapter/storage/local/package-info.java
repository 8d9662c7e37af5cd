/**
 * Storage adapter: report objects in a local directory (the embedded default), one file per object written
 * atomically, with HMAC-signed, expiring links that ARA serves itself.
 */
package ara.adapter.storage.local;
