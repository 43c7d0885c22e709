/** Number, money, percent and date formatting for both locales. Pure; every function turns
 * null, undefined, NaN and ±Infinity into the dash rather than "NaN万". */
import type { Locale } from './strings';

export const DASH = '—';
/** U+2212: a real minus sign lines up with "+" in change columns; a hyphen looks short. */
export const MINUS = '−';

export type Num = number | bigint | null | undefined;

export interface NumberOptions {
  /** Fraction digits once a unit (万/亿, K/M/B) is applied. Default 2. */
  digits?: number;
  /** Drop trailing zeros (`1.5万` instead of `1.50万`): for axis labels. */
  trim?: boolean;
}

interface Unit {
  min: number;
  div: number;
  suffix: string;
}

// Largest first. en starts K at 10,000 so the two locales switch to units at the same size.
const UNITS: Record<Locale, Unit[]> = {
  'zh-CN': [
    { min: 1e8, div: 1e8, suffix: '亿' },
    { min: 1e4, div: 1e4, suffix: '万' },
  ],
  en: [
    { min: 1e9, div: 1e9, suffix: 'B' },
    { min: 1e6, div: 1e6, suffix: 'M' },
    { min: 1e4, div: 1e3, suffix: 'K' },
  ],
};

const plainFormats = new Map<string, Intl.NumberFormat>();

function plain(abs: number, locale: Locale, minDigits: number, maxDigits: number): string {
  const id = `${locale}|${minDigits}|${maxDigits}`;
  let nf = plainFormats.get(id);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    plainFormats.set(id, nf);
  }
  return nf.format(abs);
}

function toNumber(value: Num): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'bigint' ? Number(value) : value;
  return Number.isFinite(n) ? n : null;
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Magnitude without sign; `money` keeps two decimals below the unit threshold. */
function magnitude(abs: number, locale: Locale, opts: NumberOptions, money: boolean): string {
  const digits = opts.digits ?? 2;
  const units = UNITS[locale];
  // Index into units (largest first); units.length means plain.
  let idx = units.findIndex((u) => abs >= u.min);
  if (idx === -1) idx = units.length;
  const shown = (i: number) =>
    i === units.length ? roundTo(abs, 2) : roundTo(abs / units[i].div, digits) * units[i].div;
  // Promote when rounding reaches the next unit: 99,999,999 is 1.00亿, not 10000.00万.
  while (idx > 0 && shown(idx) >= units[idx - 1].min) idx--;
  if (idx < units.length) {
    const unit = units[idx];
    return plain(roundTo(abs / unit.div, digits), locale, opts.trim ? 0 : digits, digits) + unit.suffix;
  }
  if (money && !Number.isInteger(roundTo(abs, 2))) return plain(abs, locale, opts.trim ? 0 : 2, 2);
  return plain(abs, locale, 0, 2);
}

function signed(n: number, body: string): string {
  return n < 0 && body.replace(/[^1-9]/g, '') !== '' ? `-${body}` : body;
}

/** zh-CN: `9,999`, `12.35万`, `1.23亿`; en: `9,999`, `12.35K`, `1.23M`, `4.50B`. */
export function formatNumber(value: Num, locale: Locale, opts: NumberOptions = {}): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return signed(n, magnitude(Math.abs(n), locale, opts, false));
}

/** `¥1,234.50`, `¥12.35万`, `-¥300`. */
export function formatMoney(value: Num, locale: Locale, opts: NumberOptions = {}): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return signed(n, `¥${magnitude(Math.abs(n), locale, opts, true)}`);
}

/** A fraction as a percentage: 0.1234 → `12.3%`. */
export function formatPercent(value: Num, digits = 1): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  const body = (Math.abs(n) * 100).toFixed(digits);
  return `${signed(n, body)}%`;
}

/** A ratio such as ROI: `3.25`. */
export function formatMultiple(value: Num, locale: Locale, digits = 2): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  return signed(n, plain(Math.abs(n), locale, digits, digits));
}

/** (current − previous) / |previous|, or null when there is nothing to compare against. */
export function changeRatio(current: Num, previous: Num): number | null {
  const c = toNumber(current);
  const p = toNumber(previous);
  if (c === null || p === null || p === 0) return null;
  return (c - p) / Math.abs(p);
}

/** `+12.3%`, `−4.0%`, `0.0%`; the dash when previous is 0 or missing. */
export function formatChange(current: Num, previous: Num, digits = 1): string {
  const r = changeRatio(current, previous);
  if (r === null) return DASH;
  const body = `${(Math.abs(r) * 100).toFixed(digits)}%`;
  if (body.replace(/[^1-9]/g, '') === '') return body;
  return (r > 0 ? '+' : MINUS) + body;
}

export type DateStyle = 'iso' | 'short' | 'long' | 'month';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Calendar parts. A `YYYY-MM-DD…` string is taken literally (it is already a Shanghai
 * calendar day); Date objects and epoch milliseconds are read in Asia/Shanghai. */
function dateParts(value: string | number | Date): [number, number, number] | null {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (!m) return null;
    const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31 ? parts : null;
  }
  const d = typeof value === 'number' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return null;
  const [y, mo, da] = SHANGHAI_DAY.format(d).split('-').map(Number);
  return [y, mo, da];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** iso `2024-11-11` · short `11月11日` / `Nov 11` · long `2024年11月11日` / `Nov 11, 2024` ·
 * month `2024年11月` / `Nov 2024`. */
export function formatDate(
  value: string | number | Date | null | undefined,
  locale: Locale,
  style: DateStyle = 'iso',
): string {
  if (value === null || value === undefined) return DASH;
  const parts = dateParts(value);
  if (!parts) return DASH;
  const [y, m, d] = parts;
  if (style === 'iso') return `${y}-${pad(m)}-${pad(d)}`;
  if (locale === 'zh-CN') {
    if (style === 'short') return `${m}月${d}日`;
    if (style === 'long') return `${y}年${m}月${d}日`;
    return `${y}年${m}月`;
  }
  const mon = EN_MONTHS[m - 1];
  if (style === 'short') return `${mon} ${d}`;
  if (style === 'long') return `${mon} ${d}, ${y}`;
  return `${mon} ${y}`;
}
