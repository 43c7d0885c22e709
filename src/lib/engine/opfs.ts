/** OPFS persistence for the DuckDB database file (docs/decisions.md: measured against
 * Parquet-in-OPFS; the database wins on reload time and on small appends). */
import { DuckDBDataProtocol, type AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { Persistence } from './types.ts';

export const DB_FILE = 'warehouse.db';
export const DB_PATH = 'opfs://' + DB_FILE;
const LOCK_NAME = 'zhanggui-warehouse';

/** One tab owns the database file (a second open fails on OPFS access handles): take a Web
 * Lock and keep it for the page's life. */
async function acquireTabLock(): Promise<boolean> {
  if (!('locks' in navigator)) return true;
  return new Promise<boolean>((resolve) => {
    void navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(false);
        return undefined;
      }
      resolve(true);
      return new Promise<void>(() => undefined); // held until the page goes
    });
  });
}

/** Decide how this page keeps its warehouse, and prepare the OPFS files when it can. */
export async function prepareOpfs(db: AsyncDuckDB): Promise<Persistence> {
  if (!navigator.storage?.getDirectory) return 'memory-unsupported';
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await navigator.storage.getDirectory();
  } catch {
    return 'memory-unsupported';
  }
  if (!(await acquireTabLock())) return 'memory-other-tab';
  // duckdb-wasm #2004/#2182: register both files as FS-access handles before open, or every
  // commit after a reload fails once the WAL is empty ("File is not opened in write mode").
  for (const name of [DB_FILE, DB_FILE + '.wal']) {
    const handle = await dir.getFileHandle(name, { create: true });
    await db.registerFileHandle('opfs://' + name, handle, DuckDBDataProtocol.BROWSER_FSACCESS, true);
  }
  return 'opfs';
}
