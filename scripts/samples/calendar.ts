/** The demo shop's calendar: dates as naive local milliseconds (Date.UTC, formatted in UTC so the
 * machine's time zone never matters), campaign phases, hourly rhythm and warehouse ship delays. */

import type { Rng } from './prng.ts';

export type Platform = 'taobao' | 'jd' | 'douyin';
export type PhaseKind = 'normal' | 'preheat' | 'launch' | 'wave' | 'peak' | 'slump' | 'holiday';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export const START_DAY = '2025-10-01';
export const END_DAY = '2026-11-20';
/** When the analyst pressed "export" on the order pages (the 18:30 in ExportOrderList202611201830). */
export const EXPORT_AT = '2026-11-20 18:30:00';

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function parseTime(s: string): number {
  const [d, t = '00:00:00'] = s.split(' ');
  const [y, m, day] = d.split('-').map(Number);
  const [hh, mm, ss] = t.split(':').map(Number);
  return Date.UTC(y, m - 1, day, hh, mm, ss);
}

const dayNames = new Map<number, string>();

export function fmtDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let s = dayNames.get(day);
  if (s === undefined) {
    const d = new Date(day * DAY_MS);
    s = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    dayNames.set(day, s);
  }
  return s;
}

export function fmtDateTime(ms: number): string {
  const secs = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor(secs / 60) % 60;
  return `${fmtDate(ms)} ${pad2(h)}:${pad2(m)}:${pad2(secs % 60)}`;
}

/** `20261120` */
export function fmtCompact(ms: number): string {
  return fmtDate(ms).replaceAll('-', '');
}

export function dayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function addDays(day: string, n: number): string {
  return fmtDate(parseTime(day) + n * DAY_MS);
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = parseTime(from); t <= parseTime(to); t += DAY_MS) out.push(fmtDate(t));
  return out;
}

export interface Phase {
  kind: PhaseKind;
  mult: number;
  campaign: string;
}

const NORMAL: Phase = { kind: 'normal', mult: 1, campaign: '' };

type PhaseSpec = [from: string, to: string, kind: PhaseKind, mult: number];

/** A 双11 with preheat/定金, the 20:00 launch of the first wave, the waves, the day and the slump. */
function double11(year: number, peak: number): PhaseSpec[] {
  return [
    [`${year}-10-20`, `${year}-10-30`, 'preheat', 0.75],
    [`${year}-10-31`, `${year}-10-31`, 'launch', 2.2],
    [`${year}-11-01`, `${year}-11-03`, 'wave', 2.0],
    [`${year}-11-04`, `${year}-11-09`, 'wave', 1.25],
    [`${year}-11-10`, `${year}-11-10`, 'wave', 1.6],
    [`${year}-11-11`, `${year}-11-11`, 'peak', peak],
    [`${year}-11-12`, `${year}-11-18`, 'slump', 0.8],
  ];
}

export const CAMPAIGNS: { name: string; phases: PhaseSpec[] }[] = [
  { name: '双11 2025', phases: double11(2025, 5.5) },
  {
    name: '双12 2025',
    phases: [
      ['2025-12-10', '2025-12-11', 'wave', 1.3],
      ['2025-12-12', '2025-12-12', 'peak', 2.6],
    ],
  },
  { name: '年货节 2026', phases: [['2026-01-08', '2026-01-21', 'wave', 1.45]] },
  { name: '春节 2026', phases: [['2026-02-10', '2026-02-22', 'holiday', 0.5]] },
  {
    name: '38节 2026',
    phases: [
      ['2026-03-01', '2026-03-07', 'wave', 1.3],
      ['2026-03-08', '2026-03-08', 'peak', 2.4],
    ],
  },
  {
    name: '618 2026',
    phases: [
      ['2026-05-13', '2026-05-19', 'preheat', 0.8],
      ['2026-05-20', '2026-05-20', 'launch', 2.0],
      ['2026-05-21', '2026-05-31', 'wave', 1.2],
      ['2026-06-01', '2026-06-01', 'wave', 2.2],
      ['2026-06-02', '2026-06-15', 'wave', 1.15],
      ['2026-06-16', '2026-06-17', 'wave', 1.6],
      ['2026-06-18', '2026-06-18', 'peak', 5],
      ['2026-06-19', '2026-06-25', 'slump', 0.85],
    ],
  },
  { name: '99划算节 2026', phases: [['2026-09-09', '2026-09-09', 'peak', 1.7]] },
  { name: '双11 2026', phases: double11(2026, 6.5) },
];

/** How strongly each platform joins each campaign (1 = as on Taobao; JD's big day is 618). */
const CAMPAIGN_SCALE: Record<Platform, Record<string, number>> = {
  taobao: {},
  jd: {
    '双11 2025': 0.75,
    '双12 2025': 0.6,
    '38节 2026': 0.7,
    '618 2026': 1.5,
    '99划算节 2026': 0.5,
    '双11 2026': 0.8,
  },
  douyin: {
    '双11 2025': 0.8,
    '双12 2025': 0.5,
    '38节 2026': 1.2,
    '618 2026': 0.8,
    '99划算节 2026': 0.6,
    '双11 2026': 0.85,
  },
};

const PHASES = new Map<string, { spec: PhaseSpec; campaign: string }>();
for (const c of CAMPAIGNS) {
  for (const spec of c.phases)
    for (const d of daysBetween(spec[0], spec[1])) PHASES.set(d, { spec, campaign: c.name });
}

export function phaseOf(platform: Platform, day: string): Phase {
  const p = PHASES.get(day);
  if (!p) return NORMAL;
  const [, , kind, mult] = p.spec;
  const scale = CAMPAIGN_SCALE[platform][p.campaign] ?? 1;
  return { kind, mult: mult > 1 ? 1 + (mult - 1) * scale : mult, campaign: p.campaign };
}

/** The day a campaign's presale 尾款 is paid (its peak day). */
export function balanceDay(campaign: string): string {
  const c = CAMPAIGNS.find((x) => x.name === campaign);
  const peak = c?.phases.find((p) => p[2] === 'peak');
  return peak ? peak[0] : START_DAY;
}

const WEEKDAY: Record<Platform, number[]> = {
  taobao: [1.12, 0.95, 0.96, 0.97, 0.98, 1.0, 1.12],
  jd: [1.05, 0.98, 0.98, 0.99, 0.99, 1.0, 1.06],
  douyin: [1.22, 0.92, 0.93, 0.95, 0.97, 1.05, 1.2],
};

/** Expected orders on `day` relative to the platform's base: growth × weekday × campaign. */
export function dayMultiplier(platform: Platform, day: string): number {
  const t = parseTime(day);
  const progress = Math.max(0, (t - parseTime(START_DAY)) / (parseTime(END_DAY) - parseTime(START_DAY)));
  const dow = new Date(t).getUTCDay();
  let mult = (1 + 0.32 * progress) * WEEKDAY[platform][dow] * phaseOf(platform, day).mult;
  // Douyin's own live marathon (自播大场) every other Friday.
  if (platform === 'douyin' && dow === 5 && Math.floor(t / DAY_MS / 7) % 2 === 0) mult *= 1.8;
  return mult;
}

const HOURS_NORMAL = [
  0.8, 0.4, 0.2, 0.1, 0.1, 0.15, 0.3, 0.7, 1.2, 1.8, 2.4, 2.5, 2, 2.1, 2.4, 2.5, 2.4, 2.2, 2, 2.3, 3, 3.4,
  3.1, 1.9,
];
const HOURS_PEAK = [
  14, 7, 3, 1, 0.5, 0.5, 0.8, 1.2, 1.8, 2.4, 2.8, 2.9, 2.6, 2.6, 2.8, 2.9, 2.9, 2.8, 2.8, 3.2, 5, 6, 6.5, 5.5,
];
const HOURS_LAUNCH = HOURS_NORMAL.map((w, h) => (h >= 20 ? w * 6 : w));
const HOURS_LIVE = HOURS_NORMAL.map((w, h) => (h >= 19 ? w * 2.2 : w));

export function hourWeights(platform: Platform, kind: PhaseKind): number[] {
  if (kind === 'peak') return HOURS_PEAK;
  if (kind === 'launch') return HOURS_LAUNCH;
  return platform === 'douyin' ? HOURS_LIVE : HOURS_NORMAL;
}

/** Share of paid orders the (shared) warehouse ships later than 24 h: the playbook's bad month
 * (August 2026, ~15%), the fix through September, and the usual peaks after big days. */
export function shipDelayRate(day: string): number {
  let rate = delayCache.get(day);
  if (rate === undefined) delayCache.set(day, (rate = delayRate(day)));
  return rate;
}

const delayCache = new Map<string, number>();

function delayRate(day: string): number {
  if (day >= '2026-08-01' && day <= '2026-08-31') return 0.15;
  if (day >= '2026-09-01' && day <= '2026-09-30') {
    const k = (parseTime(day) - parseTime('2026-09-01')) / (29 * DAY_MS);
    return 0.12 - 0.08 * k;
  }
  const p = PHASES.get(day);
  if (p && (p.spec[2] === 'peak' || p.spec[2] === 'launch'))
    return p.campaign.startsWith('双11') ? 0.22 : 0.12;
  const prev = PHASES.get(addDays(day, -1));
  if (prev && prev.spec[2] === 'peak' && prev.campaign.startsWith('双11')) return 0.18;
  return 0.03;
}

/** The warehouse is closed over the Spring Festival: orders wait for 2026-02-21. */
const WAREHOUSE_CLOSED: [string, string] = ['2026-02-13', '2026-02-20'];

/** When the warehouse ships an order paid at `paid`: the afternoon batch if paid before 16:00, else
 * next morning — within 24 h — unless this order falls in the day's delayed share. */
export function shipTime(rng: Rng, paid: number): number {
  const day = dayStart(paid);
  let t = paid - day < 16 * HOUR_MS ? day + 16 * HOUR_MS : day + DAY_MS + 9 * HOUR_MS;
  t = Math.max(t + rng.int(0, 4 * 3600) * 1000, paid + 20 * 60_000);
  if (rng.chance(shipDelayRate(fmtDate(paid)))) t = Math.max(t, paid) + rng.int(25, 70) * HOUR_MS;
  const d = fmtDate(t);
  if (d >= WAREHOUSE_CLOSED[0] && d <= WAREHOUSE_CLOSED[1]) {
    t = parseTime('2026-02-21') + 9 * HOUR_MS + rng.int(0, 30 * 3600) * 1000;
  }
  return t;
}

/** Probability that a paid order is later refunded (fully or partly), by the phase it was paid in. */
export function refundRate(kind: PhaseKind): number {
  if (kind === 'peak') return 0.13;
  if (kind === 'wave' || kind === 'launch') return 0.1;
  if (kind === 'slump' || kind === 'preheat') return 0.07;
  return 0.05;
}
