/** Persistence adapters, one sub-package per technology. */
package ara.adapter.persistence;
