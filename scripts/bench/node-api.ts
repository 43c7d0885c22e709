/** Native DuckDB for the benchmark's reference run, installed on first use: @duckdb/node-api
 * cannot be a devDependency here (the registry lacks its other platforms' optional bindings,
 * so `npm ci` would refuse the lock file). Installed without touching package.json or the lock. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export const NODE_API_VERSION = '1.5.6-r.1';

export function ensureNodeApi(): void {
  try {
    createRequire(import.meta.url).resolve('@duckdb/node-api');
    return;
  } catch {
    console.log(`bench: installing @duckdb/node-api@${NODE_API_VERSION} (not saved to package.json) …`);
  }
  const r = spawnSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', `@duckdb/node-api@${NODE_API_VERSION}`],
    {
      stdio: 'inherit',
      timeout: 300_000,
    },
  );
  if (r.status !== 0) throw new Error('could not install @duckdb/node-api for the native reference run');
}
