/** Excel (.xls, .xlsx) → CSV text, so spreadsheets take the same sniff/stage/clean path as CSV.
 * SheetJS (@e965/xlsx, 0.20.3). Real exports declare wrong ranges (千川 and 千牛 xlsx with a
 * stale <dimension>), so each sheet's range is recomputed from its cells before reading. */
import * as XLSX from '@e965/xlsx';

/** The range that really holds cells (SheetJS's update_sheet_range recipe). */
export function fixRange(ws: XLSX.WorkSheet): void {
  const range = { s: { r: Infinity, c: Infinity }, e: { r: -1, c: -1 } };
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    range.s.r = Math.min(range.s.r, r);
    range.s.c = Math.min(range.s.c, c);
    range.e.r = Math.max(range.e.r, r);
    range.e.c = Math.max(range.e.c, c);
  }
  if (range.e.r >= 0) ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: range.e });
}

function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The first sheet with cells, as CSV (UTF-8). Dates come out as YYYY-MM-DD HH:MM:SS (or
 * YYYY-MM-DD), numbers as stored (no display formatting, so no lost digits or separators). */
export function excelToCsv(bytes: Uint8Array): string {
  const wb = XLSX.read(bytes, { type: 'array', cellDates: true, UTC: true, dense: false, cellHTML: false });
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    fixRange(ws);
    if (!ws['!ref']) continue;
    for (const key of Object.keys(ws)) {
      const cell = ws[key] as XLSX.CellObject;
      if (key.startsWith('!') || cell.t !== 'd' || !(cell.v instanceof Date)) continue;
      // UTC: true above: the Date's UTC fields are the cell's wall-clock time.
      const iso = cell.v.toISOString();
      cell.t = 's';
      cell.v = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
      delete cell.w;
    }
    // Every row, blank ones too, so line numbers in the CSV are the sheet's row numbers.
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, {
      header: 1,
      raw: true,
      blankrows: true,
      defval: '',
    });
    return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
  }
  return '';
}
