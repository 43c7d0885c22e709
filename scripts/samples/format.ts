/** Cell formatting and file encoding as the platforms write them. */
import iconv from 'iconv-lite';

export type Encoding = 'gbk' | 'gb18030' | 'utf-8' | 'utf-8-bom';

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** Fen → `123.45`. */
export function yuan(fen: number): string {
  const a = Math.abs(Math.round(fen));
  return `${fen < 0 ? '-' : ''}${Math.floor(a / 100)}.${pad2(a % 100)}`;
}

function group(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  for (let k = 0; k < digits.length; k++) {
    if (k > 0 && (digits.length - k) % 3 === 0) out += ',';
    out += digits[k];
  }
  return out;
}

/** `12,345` or `12,345.67` (with `decimals`). */
export function thousands(n: number, decimals = 0): string {
  const s = Math.abs(n).toFixed(decimals);
  const dot = s.indexOf('.');
  const sign = n < 0 && Number(s) !== 0 ? '-' : '';
  return dot < 0 ? sign + group(s) : sign + group(s.slice(0, dot)) + s.slice(dot);
}

/** Fen → `12,345.67`. */
export function yuanThousands(fen: number): string {
  return thousands(Math.round(fen) / 100, 2);
}

/** A ratio → `12.34%`. */
export function pct(x: number, decimals = 2): string {
  return `${(x * 100).toFixed(decimals)}%`;
}

/** A ratio, or `-` when the denominator was zero. */
export function ratioOrDash(num: number, den: number, decimals = 2): string {
  return den > 0 ? pct(num / den, decimals) : '-';
}

/** A decimal with fixed places, `0` for zero (万相台 writes plain decimals). */
export function dec(x: number, places: number): string {
  if (!Number.isFinite(x) || x === 0) return '0';
  return x.toFixed(places);
}

const SPECIAL = /[",\r\n]/;

/** A CSV cell: quoted only when it holds the delimiter, a quote or a line break. */
export function csvCell(v: string): string {
  return SPECIAL.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** A CSV record ending in CRLF. Cells in `raw` (by index) are written verbatim, e.g. `="123"`. */
export function csvLine(cells: readonly string[], raw?: ReadonlySet<number>): string {
  return cells.map((c, i) => (raw?.has(i) ? c : csvCell(c))).join(',') + '\r\n';
}

let gbkTable: Uint16Array | null = null;

/** GBK code of every BMP character (0 = not in GBK), read once from iconv-lite's own table: the
 * characters are encoded in one call, each followed by `\n` (never a GBK trail byte). */
function gbk(): Uint16Array {
  if (gbkTable) return gbkTable;
  const table = new Uint16Array(0x10000);
  const chars: number[] = [];
  for (let c = 0x80; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) chars.push(c);
  let text = '';
  for (const c of chars) text += String.fromCharCode(c) + '\n';
  const bytes = iconv.encode(text, 'gbk');
  let i = 0;
  for (const c of chars) {
    const j = bytes.indexOf(0x0a, i);
    if (j - i === 2) table[c] = (bytes[i] << 8) | bytes[i + 1];
    else if (j - i === 1 && bytes[i] !== 0x3f) table[c] = bytes[i];
    i = j + 1;
  }
  return (gbkTable = table);
}

/** iconv-lite's GBK encoder, through a lookup table: the same bytes, several times faster. */
function encodeGbk(text: string): Buffer {
  const table = gbk();
  const out = Buffer.allocUnsafe(text.length * 2);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[o++] = c;
    else {
      const g = table[c];
      if (g > 0xff) {
        out[o++] = g >> 8;
        out[o++] = g & 0xff;
      } else out[o++] = g || 0x3f;
    }
  }
  return out.subarray(0, o);
}

export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom')
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'gbk') return encodeGbk(text);
  return iconv.encode(text, encoding);
}

/** Day-over-day change as 生意参谋 prints it: `12.34%`, `-5.00%`, or `-` without a base. */
export function change(now: number, before: number | undefined): string {
  if (before === undefined || before === 0) return '-';
  return pct((now - before) / before);
}
