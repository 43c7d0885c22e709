/** The Node backend for tests and scripts: the same duckdb-wasm build as the browser, through
 * its blocking Node bindings (see docs/decisions.md). Never imported by the app. */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { LOCKDOWN_SQL } from './lockdown.ts';
import { Mutex } from './mutex.ts';
import { normalizeTable } from './normalize.ts';
import { runTransaction } from './transaction.ts';
import { UPLOAD_DIR, type Engine, type Param, type Session } from './types.ts';

const require = createRequire(import.meta.url);

function session(conn: DuckDBConnection): Session {
  return {
    async query(sql: string, params: Param[] = []) {
      if (params.length === 0) return normalizeTable(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return normalizeTable(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async exec(sql: string) {
      conn.query(sql);
    },
  };
}

export interface NodeEngineOptions {
  /** Apply the DESIGN §7 lockdown (default true, as in the browser). */
  lockdown?: boolean;
}

export async function createNodeEngine(options: NodeEngineOptions = {}): Promise<Engine> {
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
  };
  const db: DuckDBBindings = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => undefined);
  db.open({ query: { castBigIntToDouble: true } });
  const readConn = db.connect();
  const writeConn = db.connect();
  const read = session(readConn);
  const write = session(writeConn);
  if (options.lockdown !== false) for (const stmt of LOCKDOWN_SQL) await read.exec(stmt);
  const mutex = new Mutex();

  return {
    persistence: 'memory',
    query: read.query,
    exec: read.exec,
    transaction: (work) => runTransaction(mutex, write, work, async () => undefined),
    async registerBytes(name, bytes) {
      const p = UPLOAD_DIR + name;
      db.registerFileBuffer(p, bytes);
      return p;
    },
    async dropFile(p) {
      db.dropFile(p);
    },
    async close() {
      readConn.close();
      writeConn.close();
      db.reset();
    },
  };
}
