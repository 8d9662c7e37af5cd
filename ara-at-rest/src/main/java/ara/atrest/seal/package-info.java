/**
 * Personal data sealed at rest with AES-256-GCM under rotating data keys, and keyed hashes (HMAC-SHA256) for exact
 * lookups; JDK cryptography only. See docs/adr/0005-personal-data-encryption.md.
 */
package ara.atrest.seal;
