/** What free text a client may send: one normal form (NFC) and no invisible control characters. */
package ara.domain.text;
