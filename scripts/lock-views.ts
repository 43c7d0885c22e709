/** `npm run lock-views`: after bumping a view's version, record its columns and hash. Refuses when
 * a view's SQL changed but its version did not, or its declared columns are not what it returns. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createNodeEngine } from '../src/lib/engine/node-engine.ts';
import { compareColumns, describeView } from '../src/lib/views/describe.ts';
import { ViewRegistry } from '../src/lib/views/registry.ts';
import { LOCK_PATH, lockEntry, readSchemaFiles, readViewFiles, type ViewLock } from './view-lock.ts';

const engine = await createNodeEngine();
for (const sql of readSchemaFiles()) await engine.exec(sql);
const views = readViewFiles();
await new ViewRegistry(engine).install(views);
const old: ViewLock = existsSync(LOCK_PATH) ? JSON.parse(readFileSync(LOCK_PATH, 'utf8')) : {};
const lock: ViewLock = {};
let failed = false;
for (const v of views) {
  const problems = compareColumns(v.header.columns, await describeView(engine, v.header));
  const entry = lockEntry(v);
  const prev = old[v.header.name];
  if (prev && prev.version === entry.version && prev.sha256 !== entry.sha256) {
    problems.push(`SQL changed but version is still ${entry.version}: bump it`);
  }
  if (problems.length) {
    failed = true;
    console.error(`${v.header.name}: ${problems.join('; ')}`);
  }
  lock[v.header.name] = entry;
}
if (failed) process.exit(1);
writeFileSync(LOCK_PATH, JSON.stringify(lock, null, 2) + '\n');
console.log(`wrote ${LOCK_PATH} (${views.length} views)`);
await engine.close();
