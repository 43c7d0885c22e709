import type { Detection } from './detect.ts';
import type { TableLoad } from './report.ts';

/** `c0`, `c1`, … for a matched field, NULL for a field the file lacks; remembers which file
 * columns the adapter used, so only those are read and cleaned. */
export function columnRef(detection: Detection) {
  const used = new Set<number>();
  const ref = (field: string): string => {
    const i = detection.columns[field];
    if (i === undefined) return 'NULL::VARCHAR';
    used.add(i);
    return `c${i}`;
  };
  return { ref, used };
}

const quoteLiteral = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** read_csv over a registered file, every column VARCHAR under a generated name: header text from
 * the file never becomes an identifier, and cleaning happens in SQL we wrote. */
export function readCsvSql(path: string, width: number, skip: number, delimiter: string): string {
  // In the browser only /upload/ is readable at all (the lockdown); the pattern keeps quotes out.
  if (!/^\/[\w./-]+$/.test(path)) throw new Error(`not a plain absolute path: ${path}`);
  const columns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  return `read_csv(${quoteLiteral(path)}, header = false, skip = ${Math.trunc(skip)},
    delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"', columns = {${columns}},
    null_padding = true, strict_mode = false, parallel = false)`;
}

const PARAM = /\$(source_file|import_id|imported_at|salt|period_start|period_end)\b/g;

/** Replace `$name` placeholders with `?` and return the values to bind, in order. */
export function bindPlaceholders(
  sql: string,
  values: Record<string, string>,
): { sql: string; params: string[] } {
  const params: string[] = [];
  const out = sql.replace(PARAM, (_, name: string) => {
    params.push(values[name]);
    return '?';
  });
  return { sql: out, params };
}

export function selectForTarget(target: TableLoad): string {
  return Object.entries(target.columns)
    .map(([col, expr]) => `${expr} AS ${col}`)
    .join(',\n  ');
}

export const keyJoin = (target: TableLoad, left: string, right: string) =>
  target.key.map((k) => `${left}.${k} = ${right}.${k}`).join(' AND ');
