/**
 * Grants for the edge worker (terraform/modules/storage/worker.js): ARA signs, the worker checks before it presigns
 * or deletes. The format is shared with the worker and pinned by a cross-language test vector.
 */
package ara.adapter.storage.edge;
