/**
 * Storage adapter: report objects in an S3-compatible bucket (Cloudflare R2, AWS S3, MinIO) through the MinIO Java
 * client, with SigV4 presigned download and upload links.
 */
package ara.adapter.storage.s3;
