import { normalizeHeader } from './header-names.ts';
import type { ReportAdapter } from './report.ts';

export interface Detection {
  adapter: ReportAdapter;
  /** 0-based index of the header among the head's records. */
  headerIndex: number;
  /** canonical field → 0-based column index in the file. */
  columns: Record<string, number>;
  /** share of the report's known fields found in this header, 0..1. */
  confidence: number;
  header: string[];
  /** The records above the header (titles, 统计日期, filters). */
  preamble: string[][];
}

export interface NearMiss {
  adapter: ReportAdapter;
  missing: string[];
  confidence: number;
}

function matchRow(row: string[], adapter: ReportAdapter): Record<string, number> {
  const index = new Map<string, number>();
  row.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    if (name && !index.has(name)) index.set(name, i);
  });
  const columns: Record<string, number> = {};
  for (const [field, aliases] of Object.entries(adapter.fields)) {
    for (const alias of aliases) {
      const i = index.get(normalizeHeader(alias));
      if (i !== undefined) {
        columns[field] = i;
        break;
      }
    }
  }
  return columns;
}

/** Find the header row (any row of the head, never a fixed number) and the report it belongs to,
 * by the names in it, never by the file name. Returns the best full match, or the closest miss. */
export function detectReport(
  records: string[][],
  adapters: ReportAdapter[],
): { match: Detection | null; nearest: NearMiss | null } {
  let match: Detection | null = null;
  let nearest: NearMiss | null = null;
  records.slice(0, 30).forEach((row, headerIndex) => {
    for (const adapter of adapters) {
      const columns = matchRow(row, adapter);
      const found = Object.keys(columns).length;
      const confidence = found / Object.keys(adapter.fields).length;
      const missing = adapter.required.filter((f) => !(f in columns));
      if (missing.length === 0) {
        if (!match || confidence > match.confidence)
          match = {
            adapter,
            headerIndex,
            columns,
            confidence,
            header: row,
            preamble: records.slice(0, headerIndex),
          };
      } else if (!nearest || confidence > nearest.confidence) {
        nearest = { adapter, missing, confidence };
      }
    }
  });
  return { match, nearest };
}
