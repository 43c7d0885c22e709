/** Excel (.xls, .xlsx) → CSV text, so spreadsheets take the same sniff/stage/clean path as CSV.
 * SheetJS (@e965/xlsx, 0.20.3). Real exports declare wrong ranges (千川 and 千牛 xlsx with a
 * stale <dimension>), so each sheet's range is recomputed from its cells before reading. */
import * as XLSX from '@e965/xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function isExcel(head: Uint8Array): boolean {
  return [ZIP, OLE].some((sig) => sig.every((b, i) => head[i] === b));
}

/** The range that really holds cells (SheetJS's update_sheet_range recipe). */
function fixRange(ws: XLSX.WorkSheet): void {
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
    return XLSX.utils.sheet_to_csv(ws, {
      FS: ',',
      RS: '\n',
      blankrows: false,
      rawNumbers: true,
      strip: false,
    });
  }
  return '';
}
