import type { Session } from '../engine/types.ts';

// sql/schema/*.sql in file-name order; every statement is idempotent (IF NOT EXISTS).
const files = import.meta.glob('/sql/schema/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const SCHEMA_SQL: string[] = Object.keys(files)
  .sort()
  .map((k) => files[k]);

export async function createSchema(session: Session): Promise<void> {
  for (const sql of SCHEMA_SQL) await session.exec(sql);
}
