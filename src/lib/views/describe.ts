import type { Session } from '../engine/types.ts';
import type { TypedName, ViewHeader } from './header.ts';

/** The columns a view really returns, as DuckDB types, without running it on data: the macro is
 * described with typed NULL arguments. */
export async function describeView(session: Session, header: ViewHeader): Promise<TypedName[]> {
  const args = header.params.map((p) => `NULL::${p.type}`).join(', ');
  const { rows } = await session.query(`DESCRIBE SELECT * FROM ${header.name}(${args})`);
  return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

/** Differences between declared and actual columns, as readable sentences ([] = compatible). */
export function compareColumns(declared: TypedName[], actual: TypedName[]): string[] {
  const problems: string[] = [];
  const actualByName = new Map(actual.map((c) => [c.name, c.type]));
  for (const d of declared) {
    const type = actualByName.get(d.name);
    if (type === undefined) problems.push(`column ${d.name} is declared but not returned`);
    else if (type !== d.type) problems.push(`column ${d.name} is ${type}, declared ${d.type}`);
  }
  const declaredNames = new Set(declared.map((d) => d.name));
  for (const a of actual)
    if (!declaredNames.has(a.name)) problems.push(`column ${a.name} is returned but not declared`);
  if (problems.length === 0 && declared.map((d) => d.name).join() !== actual.map((a) => a.name).join()) {
    problems.push(`columns come in another order: ${actual.map((a) => a.name).join(', ')}`);
  }
  return problems;
}
