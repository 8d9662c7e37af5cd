/**
 * The at-rest JSON formats (hand-written, no reflection: every field is mapped by hand): answers, results and chat
 * suggestions as the database keeps them, whole audits as the progress cache keeps them, and {@link
 * ara.atrest.json.StoredJson}, the strict tree plumbing they share.
 */
package ara.atrest.json;
