/** sql/views.lock.json: name → version → columns and a hash of the file, so that CI fails when a
 * view's output changes without a version bump (test/sql/view-lock.test.ts). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatTypedList } from '../src/lib/views/header.ts';
import type { ViewDefinition } from '../src/lib/views/registry.ts';
import { defineView } from '../src/lib/views/registry.ts';

export const LOCK_PATH = 'sql/views.lock.json';

export interface LockEntry {
  version: number;
  columns: string;
  sha256: string;
}
export type ViewLock = Record<string, LockEntry>;

/** Hash what defines the output: the SQL without comments and blank space differences. */
export function sqlHash(sql: string): string {
  const body = sql
    .split(/\r?\n/)
    .map((l) => l.replace(/--.*$/, '').trim())
    .filter(Boolean)
    .join('\n');
  return createHash('sha256').update(body).digest('hex');
}

export function readViewFiles(dir = 'sql/views'): ViewDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => defineView(readFileSync(path.join(dir, f), 'utf8')));
}

export function readSchemaFiles(dir = 'sql/schema'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

export function lockEntry(view: ViewDefinition): LockEntry {
  return {
    version: view.header.version,
    columns: formatTypedList(view.header.columns),
    sha256: sqlHash(view.sql),
  };
}
