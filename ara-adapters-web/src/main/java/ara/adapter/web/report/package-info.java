/** Web adapter: the report routes (request, read, list, cancel or delete, download and fresh links). */
package ara.adapter.web.report;
