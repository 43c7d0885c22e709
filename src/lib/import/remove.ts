import type { Engine } from '../engine/types.ts';
import { ADAPTERS } from './adapters/index.ts';

/** Every table an import can write (names from our adapters, never from data). */
const TABLES = [...new Set(ADAPTERS.flatMap((a) => a.targets.map((t) => t.table)))];

/** Take an import back out, in one transaction: its rows (those a later import has not
 * replaced since), its rejected rows and its log entry. Returns the rows removed per table. */
export async function removeImport(engine: Engine, importId: string): Promise<Record<string, number>> {
  return engine.transaction(async (tx) => {
    const removed: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await tx.query(`DELETE FROM ${table} WHERE import_id = ? RETURNING 1 AS x`, [
        importId,
      ]);
      if (rows.length) removed[table] = rows.length;
    }
    await tx.query('DELETE FROM import_rejects WHERE import_id = ?', [importId]);
    await tx.query('DELETE FROM imports WHERE import_id = ?', [importId]);
    return removed;
  });
}
