/** A fast BIFF8 (.xls) writer for sheets of text cells, as 生意参谋 writes them. SheetJS writes a
 * one-cell template (workbook globals, sheet name, styles, window records); we keep its records,
 * put our strings in the shared-string table (SST) and our cells in LABELSST records, and fix the
 * sheet offset in BOUNDSHEET. SheetJS's own BIFF8 writer takes tens of seconds for the ~300k
 * cells of the demo files; this takes milliseconds. */
import * as XLSX from '@e965/xlsx';

const EOF = 0x000a;
const CONTINUE = 0x003c;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const EXTSST = 0x00ff;
const LABELSST = 0x00fd;
const DIMENSIONS = 0x0200;
const LABEL = 0x0204;
const MAX_RECORD = 8224;

type Rec = [type: number, payload: Buffer];

interface Template {
  file: Buffer;
  globals: Rec[];
  sheet: Rec[];
  xf: number; // the cell style index SheetJS used
}

const templates = new Map<string, Template>();

function records(stream: Buffer): Rec[] {
  const out: Rec[] = [];
  for (let off = 0; off < stream.length;) {
    const len = stream.readUInt16LE(off + 2);
    out.push([stream.readUInt16LE(off), stream.subarray(off + 4, off + 4 + len)]);
    off += 4 + len;
  }
  return out;
}

function template(sheet: string): Template {
  const cached = templates.get(sheet);
  if (cached) return cached;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), sheet);
  const file = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  const entry = XLSX.CFB.find(XLSX.CFB.read(file, { type: 'buffer' }), 'Workbook');
  if (!entry?.content) throw new Error('xls template: no Workbook stream');
  const all = records(Buffer.from(entry.content as Uint8Array));
  const split = all.findIndex(([type]) => type === EOF) + 1;
  const label = all.find(([type]) => type === LABEL);
  if (split <= 0 || !label) throw new Error('xls template: unexpected record layout');
  const t: Template = {
    file,
    globals: all.slice(0, split),
    sheet: all.slice(split),
    xf: label[1].readUInt16LE(4),
  };
  templates.set(sheet, t);
  return t;
}

const isLatin1 = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
};

/** The SST record, its CONTINUE records (each string starts whole in one record) and EXTSST, the
 * index Excel uses to find every `bucket`-th string: `start` is where the SST record will sit. */
function sstRecords(strings: string[], total: number, start: number): Rec[] {
  const out: Rec[] = [];
  const bucket = Math.max(8, Math.ceil(strings.length / 1000));
  const index: Buffer[] = [];
  let chunks: Buffer[] = [];
  let size = 8;
  let recordStart = start;
  const head = Buffer.alloc(8);
  head.writeUInt32LE(total, 0);
  head.writeUInt32LE(strings.length, 4);
  chunks.push(head);
  strings.forEach((s, k) => {
    const wide = !isLatin1(s);
    const entry = Buffer.alloc(3 + s.length * (wide ? 2 : 1));
    entry.writeUInt16LE(s.length, 0);
    entry.writeUInt8(wide ? 1 : 0, 2);
    entry.write(s, 3, wide ? 'utf16le' : 'latin1');
    if (size + entry.length > MAX_RECORD) {
      out.push([out.length ? CONTINUE : SST, Buffer.concat(chunks)]);
      recordStart += 4 + size;
      chunks = [];
      size = 0;
    }
    if (k % bucket === 0) {
      const info = Buffer.alloc(8);
      info.writeUInt32LE(recordStart + 4 + size, 0);
      info.writeUInt16LE(4 + size, 4);
      index.push(info);
    }
    chunks.push(entry);
    size += entry.length;
  });
  out.push([out.length ? CONTINUE : SST, Buffer.concat(chunks)]);
  const dsst = Buffer.alloc(2);
  dsst.writeUInt16LE(bucket, 0);
  out.push([EXTSST, Buffer.concat([dsst, ...index])]);
  return out;
}

function serialize(recs: Rec[]): Buffer {
  const parts: Buffer[] = [];
  for (const [type, payload] of recs) {
    const h = Buffer.alloc(4);
    h.writeUInt16LE(type, 0);
    h.writeUInt16LE(payload.length, 2);
    parts.push(h, payload);
  }
  return Buffer.concat(parts);
}

/** A .xls workbook with one sheet of text cells (`rows[r][c]`; '' leaves a cell blank). */
export function xlsWorkbook(rows: readonly (readonly string[])[], sheet: string): Buffer {
  if (rows.length > 65536) throw new Error('xls: more than 65,536 rows');
  const t = template(sheet);
  const index = new Map<string, number>();
  const strings: string[] = [];
  let total = 0;
  let width = 1;
  let count = 0;
  for (const row of rows) for (const v of row) if (v !== '') count++;
  const cells = Buffer.alloc(count * 14);
  let off = 0;
  rows.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((value, c) => {
      if (value === '') return;
      const v = value.slice(0, 255);
      let i = index.get(v);
      if (i === undefined) {
        index.set(v, (i = strings.length));
        strings.push(v);
      }
      total++;
      cells.writeUInt16LE(LABELSST, off);
      cells.writeUInt16LE(10, off + 2);
      cells.writeUInt16LE(r, off + 4);
      cells.writeUInt16LE(c, off + 6);
      cells.writeUInt16LE(t.xf, off + 8);
      cells.writeUInt32LE(i, off + 10);
      off += 14;
    });
  });
  const globals: Rec[] = t.globals
    .filter(([type]) => type !== SST && type !== EXTSST)
    .map(([type, payload]) => [type, type === BOUNDSHEET ? Buffer.from(payload) : payload]);
  const sstStart = globals.slice(0, -1).reduce((s, [, p]) => s + 4 + p.length, 0);
  globals.splice(globals.length - 1, 0, ...sstRecords(strings, total, sstStart));
  const bound = globals.find(([type]) => type === BOUNDSHEET);
  // BOUNDSHEET says where the sheet's BOF starts: right after the globals.
  if (bound)
    bound[1].writeUInt32LE(
      globals.reduce((s, [, p]) => s + 4 + p.length, 0),
      0,
    );
  const head = serialize(globals);
  const dims = Buffer.alloc(14);
  dims.writeUInt32LE(rows.length, 4);
  dims.writeUInt16LE(width, 10);
  const di = t.sheet.findIndex(([type]) => type === DIMENSIONS);
  const before: Rec[] = [...t.sheet.slice(0, di), [DIMENSIONS, dims]];
  const after = t.sheet.slice(di + 1).filter(([type]) => type !== LABEL);
  const stream = Buffer.concat([head, serialize(before), cells, serialize(after)]);
  const cfb = XLSX.CFB.read(t.file, { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook');
  if (!entry) throw new Error('xls template: no Workbook stream');
  entry.content = stream;
  entry.size = stream.length;
  XLSX.CFB.utils.cfb_del(cfb, '\u0001Sh33tJ5');
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
