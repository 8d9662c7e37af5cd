/** Storage adapter: report objects in S3-compatible storage (MinIO client) or a local directory with signed links. */
// "module" lint: ara.bootstrap, the target of the qualified exports, is compiled later in the reactor.
@SuppressWarnings("module")
module ara.adapter.storage {
    requires ara.application;
    // The MinIO client (automatic module, filename-derived name) and the OkHttp types its API exposes. MinIO's own
    // dependencies (guava, okio, kotlin-stdlib, bcprov, commons-*, snappy, simple-xml-safe, jackson) are explicit
    // or automatic modules nobody requires: the launcher resolves them with --add-modules ALL-MODULE-PATH.
    requires minio;
    requires okhttp3;

    exports ara.adapter.storage.s3 to ara.bootstrap;
    exports ara.adapter.storage.local to ara.bootstrap;
    exports ara.adapter.storage.edge to ara.bootstrap;
}
