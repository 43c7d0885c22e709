import { DataType, type Table, util } from 'apache-arrow';
import type { ColumnInfo, QueryResult, Row, Scalar } from './types.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${formatDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function typeName(type: DataType): string {
  if (DataType.isDecimal(type)) return 'DECIMAL';
  if (DataType.isInt(type)) return type.bitWidth === 64 ? 'BIGINT' : 'INTEGER';
  if (DataType.isFloat(type)) return 'DOUBLE';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return 'TIMESTAMP';
  if (DataType.isBool(type)) return 'BOOLEAN';
  return String(type);
}

function converter(type: DataType): (v: unknown) => Scalar {
  if (DataType.isDecimal(type)) {
    const scale = type.scale;
    return (v) => (v == null ? null : util.bigNumToNumber(v as never, scale));
  }
  if (DataType.isDate(type)) return (v) => (v == null ? null : formatDate(Number(v)));
  if (DataType.isTimestamp(type)) return (v) => (v == null ? null : formatTimestamp(Number(v)));
  if (DataType.isInt(type) || DataType.isFloat(type)) return (v) => (v == null ? null : Number(v));
  if (DataType.isBool(type)) return (v) => (v == null ? null : Boolean(v));
  return (v) => (v == null ? null : String(v));
}

/** Arrow → plain rows, at the engine boundary, so nothing above sees BigInt or vectors. */
export function normalizeTable(table: Table): QueryResult {
  const fields = table.schema.fields;
  const columns: ColumnInfo[] = fields.map((f) => ({ name: f.name, type: typeName(f.type) }));
  const convs = fields.map((f) => converter(f.type));
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) row[fields[c].name] = convs[c](vectors[c]?.get(r));
    rows[r] = row;
  }
  return { columns, rows };
}
