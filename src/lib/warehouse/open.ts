import type { Engine } from '../engine/types.ts';
import { BUILTIN_VIEWS } from '../views/builtin.ts';
import { ViewRegistry } from '../views/registry.ts';
import { createSchema } from './schema.ts';

const randomHex = (bytes: number) =>
  [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Schema, the per-profile buyer-hash salt (kept with the data so hashes stay comparable) and
 * the built-in views: everything a fresh or reopened warehouse needs before the first query. */
export async function openWarehouse(engine: Engine): Promise<ViewRegistry> {
  await engine.transaction(async (tx) => {
    await createSchema(tx);
    await tx.query(
      `INSERT INTO meta SELECT 'buyer_salt', ? WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'buyer_salt')`,
      [randomHex(16)],
    );
  });
  const views = new ViewRegistry(engine);
  await engine.transaction((tx) => views.install(BUILTIN_VIEWS, tx));
  return views;
}
