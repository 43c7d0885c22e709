-- Warehouse settings that must travel with the data (the buyer-hash salt, schema version).
CREATE TABLE IF NOT EXISTS meta (
  key   VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
