/** Parses a view file's `-- key: value` header (DESIGN §4). Names and types are checked
 * against strict patterns because they end up in SQL: nothing from the header is trusted. */

export interface TypedName {
  name: string;
  type: string;
}

export interface ViewHeader {
  name: string;
  version: number;
  title: { zh: string; en: string };
  params: TypedName[];
  columns: TypedName[];
  reads: string[];
}

const NAME = /^[a-z_][a-z0-9_]*$/;
const TYPE = /^[A-Z][A-Z0-9_]*(\(\d+(, ?\d+)?\))?(\[\])?$/;
const REQUIRED = ['view', 'version', 'title', 'params', 'columns', 'reads'] as const;

export class ViewHeaderError extends Error {}

/** Split on commas that are not inside parentheses: `DECIMAL(18,2)` stays whole. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function parseTypedList(text: string, what: string): TypedName[] {
  return splitTopLevel(text).map((item) => {
    const m = /^(\S+)\s+(.+)$/.exec(item);
    if (!m) throw new ViewHeaderError(`${what}: "${item}" needs a name and a type`);
    const name = m[1];
    const type = m[2].trim().toUpperCase().replace(/\s+/g, ' ');
    if (!NAME.test(name)) throw new ViewHeaderError(`${what}: "${name}" is not a snake_case name`);
    if (!TYPE.test(type)) throw new ViewHeaderError(`${what}: "${type}" is not a DuckDB type`);
    return { name, type };
  });
}

export function parseViewHeader(sql: string): ViewHeader {
  const fields = new Map<string, string>();
  for (const line of sql.split(/\r?\n/)) {
    const m = /^--\s*([a-z]+):\s*(.*)$/.exec(line.trim());
    if (m && !fields.has(m[1])) fields.set(m[1], m[2].trim());
    if (!line.trim().startsWith('--') && line.trim() !== '') break;
  }
  for (const key of REQUIRED) {
    if (!fields.has(key)) throw new ViewHeaderError(`header line "-- ${key}: …" is missing`);
  }
  const name = fields.get('view')!;
  if (!NAME.test(name)) throw new ViewHeaderError(`view name "${name}" is not snake_case`);
  const version = Number(fields.get('version'));
  if (!Number.isInteger(version) || version < 1)
    throw new ViewHeaderError('version must be a positive integer');
  const [zh, en] = fields
    .get('title')!
    .split('|')
    .map((s) => s.trim());
  const reads = fields
    .get('reads')!
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const r of reads)
    if (!NAME.test(r)) throw new ViewHeaderError(`reads: "${r}" is not a table or view name`);
  const header: ViewHeader = {
    name,
    version,
    title: { zh, en: en ?? zh },
    params: parseTypedList(fields.get('params')!, 'params'),
    columns: parseTypedList(fields.get('columns')!, 'columns'),
    reads,
  };
  const macro = new RegExp(
    `CREATE\\s+OR\\s+REPLACE\\s+MACRO\\s+${name}\\s*\\(([^)]*)\\)\\s+AS\\s+TABLE`,
    'i',
  );
  const m = macro.exec(sql);
  if (!m) throw new ViewHeaderError(`the file must define "CREATE OR REPLACE MACRO ${name}(…) AS TABLE"`);
  const macroParams = m[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const declared = header.params.map((p) => p.name);
  if (macroParams.join(',') !== declared.join(',')) {
    throw new ViewHeaderError(
      `macro parameters (${macroParams.join(', ')}) differ from params (${declared.join(', ')})`,
    );
  }
  return header;
}

export const formatTypedList = (list: TypedName[]) => list.map((c) => `${c.name} ${c.type}`).join(', ');
