-- One row per import, and the rows an import could not clean (with the reason).
CREATE TABLE IF NOT EXISTS imports (
  import_id      VARCHAR NOT NULL,
  file_name      VARCHAR,
  file_hash      VARCHAR,                    -- SHA-256 of the bytes: a byte-identical re-drop is skipped
  file_size      BIGINT,
  platform       VARCHAR,
  report         VARCHAR,
  target_table   VARCHAR,
  encoding       VARCHAR,
  header_row     INTEGER,
  confidence     DOUBLE,
  rows_read      BIGINT,
  rows_inserted  BIGINT,
  rows_replaced  BIGINT,
  rows_rejected  BIGINT,
  started_at     TIMESTAMP,
  duration_ms    DOUBLE
);

CREATE TABLE IF NOT EXISTS import_rejects (
  import_id    VARCHAR NOT NULL,
  row_no       BIGINT NOT NULL,              -- 1-based line number in the file
  column_name  VARCHAR,
  value        VARCHAR,
  reason       VARCHAR NOT NULL,             -- zh-CN
  reason_en    VARCHAR
);
