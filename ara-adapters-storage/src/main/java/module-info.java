/** Storage adapter: report objects in S3-compatible storage or local files. */
module ara.adapter.storage {
    requires ara.application;
}
