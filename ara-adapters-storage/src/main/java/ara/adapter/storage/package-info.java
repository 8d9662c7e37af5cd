/** Storage adapter: report objects in S3-compatible storage ({@code s3}) or a local directory ({@code local}). */
package ara.adapter.storage;
