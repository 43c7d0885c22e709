/** A value as components see it: no BigInt, no Arrow vectors. Dates are 'YYYY-MM-DD',
 * timestamps 'YYYY-MM-DD HH:MM:SS' (naive Asia/Shanghai local time, as stored). */
export type Scalar = string | number | boolean | null;
export type Row = Record<string, Scalar>;

export interface ColumnInfo {
  name: string;
  /** DuckDB-ish type name derived from Arrow: VARCHAR, DOUBLE, BIGINT, DECIMAL, DATE, TIMESTAMP, BOOLEAN. */
  type: string;
}

export interface QueryResult {
  columns: ColumnInfo[];
  rows: Row[];
}

export type Param = string | number | boolean | null;

/** Statements on one connection; `query` binds its parameters (never pasted into SQL). */
export interface Session {
  query(sql: string, params?: Param[]): Promise<QueryResult>;
  /** One or more statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
}

/** How the warehouse outlives the page: an OPFS database, or memory only (and why). */
export type Persistence = 'opfs' | 'memory' | 'memory-other-tab' | 'memory-unsupported';

/** The narrow seam every layer above talks to; one browser backend (worker) and one Node backend.
 * Reads run on one connection; writes run in `transaction`, on another, one at a time, so a
 * panel never sees half an import (DuckDB's MVCC shows readers only committed data). */
export interface Engine extends Session {
  readonly persistence: Persistence;
  transaction<T>(work: (tx: Session) => Promise<T>): Promise<T>;
  /** Make bytes readable to SQL at `/upload/<name>` and return that path. */
  registerBytes(name: string, bytes: Uint8Array): Promise<string>;
  /** Make a browser File readable at `/upload/<name>` without copying it into memory. */
  registerFile?(name: string, file: File): Promise<string>;
  dropFile(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Every file SQL may read lives here; DESIGN §7 lockdown names only this folder. */
export const UPLOAD_DIR = '/upload/';
