// One native DuckDB run in its own process (so its peak RSS is its own): load a Taobao order CSV
// cleaned as the app's import does, then the overview aggregations. Prints `RESULT {json}`.
// Usage: node --import tsx scripts/bench/native-run.ts '{"csv":"…","threads":2}'
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Param, Row, Session } from '../../src/lib/engine/types.ts';
import { ADAPTERS } from '../../src/lib/import/adapters/index.ts';
import { loadInTransaction } from '../../src/lib/import/load.ts';
import { HEAD_BYTES, sniffFile } from '../../src/lib/import/sniff.ts';
import { readSchemaFiles, readViewFiles } from '../view-lock.ts';

export interface NativeRunInput {
  csv: string;
  threads?: number;
}

export interface NativeRunResult {
  duckdb: string;
  threads: string;
  rows: number;
  loadMs: number;
  queryMs: Record<string, number>;
  queriesMs: number;
  viewsMs: number | null;
  viewsError: string | null;
  peakRssMb: number;
  checks: Record<string, number>;
}

// @duckdb/node-api is installed by the benchmark on first use (scripts/bench/node-api.ts), not
// listed in package.json: the registry here lacks its other platforms' bindings, which breaks
// `npm ci` (docs/decisions.md). So its types are declared here, as far as they are used.
interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(
    sql: string,
    values?: unknown[],
  ): Promise<{
    getRowObjectsJS(): Record<string, unknown>[];
    getRowsJson(): unknown[][];
    columnNames(): string[];
  }>;
  closeSync(): void;
}
interface DuckDBInstanceType {
  connect(): Promise<DuckDBConnection>;
  closeSync(): void;
}
const NODE_API = '@duckdb/node-api';
const { DuckDBInstance } = (await import(NODE_API)) as {
  DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<DuckDBInstanceType> };
};

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The app's Session seam over native DuckDB, so the benchmark runs the app's own import SQL. */
function nativeSession(conn: DuckDBConnection): Session {
  return {
    async query(sql: string, params: Param[] = []) {
      const reader = await conn.runAndReadAll(sql, params);
      const rows = reader
        .getRowObjectsJS()
        .map((r) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
        );
      return { columns: reader.columnNames().map((name) => ({ name, type: '' })), rows: rows as Row[] };
    },
    async exec(sql: string) {
      await conn.run(sql);
    },
  };
}

/** The whole import as the app does it (src/lib/import/load.ts: sniff, stage with the shared
 * cleaners, reject, upsert into orders and order_items), in one transaction. */
async function load(session: Session, csv: string): Promise<void> {
  const head = readFileSync(csv).subarray(0, HEAD_BYTES);
  const sniffed = await sniffFile(new Blob([head]), ADAPTERS);
  const values = { source_file: path.basename(csv), import_id: 'bench', imported_at: '2026-11-22 00:00:00' };
  await session.exec('BEGIN TRANSACTION');
  await loadInTransaction(session, path.resolve(csv), sniffed, values);
  await session.exec('COMMIT');
}

/** Five overview-style aggregations, as the overview's tiles and daily chart need them. */
export const OVERVIEW_QUERIES: Record<string, string> = {
  gmv: 'SELECT coalesce(sum(payable_amount), 0)::DOUBLE AS v FROM orders WHERE paid_at IS NOT NULL',
  paid_orders: 'SELECT count(*)::DOUBLE AS v FROM orders WHERE paid_at IS NOT NULL',
  buyers: 'SELECT count(DISTINCT buyer_hash)::DOUBLE AS v FROM orders WHERE paid_at IS NOT NULL',
  refund: 'SELECT coalesce(sum(refund_amount), 0)::DOUBLE AS v FROM orders WHERE paid_at IS NOT NULL',
  daily_gmv: `SELECT count(*)::DOUBLE AS v FROM (SELECT paid_at::DATE AS day, sum(payable_amount)::DOUBLE AS gmv
    FROM orders WHERE paid_at IS NOT NULL GROUP BY day ORDER BY day)`,
};

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  const row = (await conn.runAndReadAll(sql)).getRowsJson()[0];
  return Number(row?.[0]);
}

/** The project's own overview views over the whole paid range, when they load on this table. */
async function runViews(conn: DuckDBConnection): Promise<number> {
  const range = (
    await conn.runAndReadAll('SELECT min(paid_at)::DATE::VARCHAR, max(paid_at)::DATE::VARCHAR FROM orders')
  )
    .getRowsJson()[0]
    ?.map(String) ?? ['', ''];
  const [, ms] = await timed(async () => {
    await conn.runAndReadAll(`SELECT * FROM kpi_overview(${quote(range[0])}, ${quote(range[1])}, '')`);
    await conn.runAndReadAll(`SELECT * FROM kpi_daily(${quote(range[0])}, ${quote(range[1])}, '')`);
  });
  return ms;
}

export async function nativeRun(input: NativeRunInput): Promise<NativeRunResult> {
  const instance = await DuckDBInstance.create(
    ':memory:',
    input.threads ? { threads: String(input.threads) } : {},
  );
  const conn = await instance.connect();
  const session = nativeSession(conn);
  for (const sql of readSchemaFiles()) await conn.run(sql);
  await conn.run("INSERT INTO meta VALUES ('buyer_salt', 'bench')");
  for (const view of readViewFiles()) await conn.run(view.sql);
  const [, loadMs] = await timed(() => load(session, input.csv));
  const queryMs: Record<string, number> = {};
  const checks: Record<string, number> = {};
  for (const [name, sql] of Object.entries(OVERVIEW_QUERIES)) {
    [checks[name], queryMs[name]] = await timed(() => scalar(conn, sql));
  }
  let viewsMs: number | null = null;
  let viewsError: string | null = null;
  try {
    viewsMs = await runViews(conn);
  } catch (error) {
    viewsError = error instanceof Error ? error.message : String(error);
  }
  const info = (
    await conn.runAndReadAll("SELECT version(), current_setting('threads')::VARCHAR")
  ).getRowsJson()[0];
  const rows = await scalar(conn, 'SELECT count(*)::DOUBLE FROM orders');
  conn.closeSync();
  instance.closeSync();
  return {
    duckdb: String(info?.[0]),
    threads: String(info?.[1]),
    rows,
    loadMs,
    queryMs,
    queriesMs: Object.values(queryMs).reduce((a, b) => a + b, 0),
    viewsMs,
    viewsError,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    checks,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  nativeRun(JSON.parse(process.argv[2] ?? '{}') as NativeRunInput).then(
    (result) => console.log(`RESULT ${JSON.stringify(result)}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
