-- Results are written once and read whole, and the full questionnaire's is about 50 KB of JSON, 93 % of the database:
-- from now on they are stored gzipped (about 7 KB; docs/benchmarks.md, "Restore drill"). Rows written before keep
-- their result_json and are read as they are.
ALTER TABLE audit_results ADD COLUMN result_gzip MEDIUMBLOB NULL;
ALTER TABLE audit_results MODIFY result_json MEDIUMTEXT NULL;
