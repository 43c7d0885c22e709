import * as duckdb from '@duckdb/duckdb-wasm';
import { BUNDLES } from './bundles.ts';
import { LOCKDOWN_SQL } from './lockdown.ts';
import { Mutex } from './mutex.ts';
import { normalizeTable } from './normalize.ts';
import { DB_PATH, prepareOpfs } from './opfs.ts';
import { runTransaction } from './transaction.ts';
import { UPLOAD_DIR, type Engine, type Param, type Persistence, type Session } from './types.ts';

function session(conn: duckdb.AsyncDuckDBConnection): Session {
  return {
    async query(sql: string, params: Param[] = []) {
      if (params.length === 0) return normalizeTable(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return normalizeTable(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
  };
}

async function openDatabase(db: duckdb.AsyncDuckDB): Promise<Persistence> {
  const config = { query: { castBigIntToDouble: true } };
  let persistence = await prepareOpfs(db).catch((): Persistence => 'memory-unsupported');
  if (persistence === 'opfs') {
    try {
      await db.open({ ...config, path: DB_PATH, accessMode: duckdb.DuckDBAccessMode.READ_WRITE });
      return persistence;
    } catch (err) {
      console.warn('OPFS database could not be opened; using memory', err);
      persistence = 'memory-unsupported';
    }
  }
  await db.open(config);
  return persistence;
}

/** Starts DuckDB-WASM in its worker, opens the warehouse and locks it down (DESIGN §7). */
export async function createBrowserEngine(): Promise<Engine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const persistence = await openDatabase(db);
  const readConn = await db.connect();
  const writeConn = await db.connect();
  const read = session(readConn);
  const write = session(writeConn);
  // A commit that only reached the WAL can vanish on reload: checkpoint every write (measured).
  if (persistence === 'opfs') await read.exec(`SET checkpoint_threshold = '0b'`);
  for (const stmt of LOCKDOWN_SQL) await read.exec(stmt);
  const mutex = new Mutex();
  const flush = async () => {
    if (persistence === 'opfs') await write.exec('CHECKPOINT');
  };

  return {
    persistence,
    query: read.query,
    exec: read.exec,
    transaction: (work) => runTransaction(mutex, write, work, flush),
    async registerBytes(name, bytes) {
      const p = UPLOAD_DIR + name;
      await db.registerFileBuffer(p, bytes);
      return p;
    },
    async registerFile(name, file) {
      const p = UPLOAD_DIR + name;
      await db.registerFileHandle(p, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      return p;
    },
    async dropFile(p) {
      await db.dropFile(p);
    },
    async close() {
      await readConn.close();
      await writeConn.close();
      await db.terminate();
    },
  };
}
