/**
 * The hand-written JSON mappings of the persistence adapters (not exported): answers and results as the database
 * keeps them, and whole audits as the progress cache keeps them. No reflection: every field is mapped by hand.
 */
package ara.adapter.persistence.json;
