/** Pure option builders: rows in, ECharts option out. No DOM, no echarts runtime import, so
 * they are unit-tested in Node. Every text that comes from data is escaped in tooltips. */
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ChartOption } from './echarts';
import { escapeHtml } from './escape';
import { formatDate, formatMoney, formatNumber } from '../i18n/format';
import { translate, type Locale } from '../i18n/strings';
import { PLATFORMS, PLATFORM_COLORS, isPlatform, platformName } from '../metrics/platforms';

export type ValueKind = 'money' | 'count';

export interface DailyRow {
  date: string;
  platform: string;
  value: number | null;
}

export interface DailyLineOpts {
  from: string;
  to: string;
  locale: Locale;
  valueKind: ValueKind;
  /** Display names by platform code; codes not listed fall back to platforms.ts names. */
  platformNames?: Readonly<Record<string, string>>;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A guard against a typo'd year turning one chart into a million-point series.
const MAX_DAYS = 3700;

function dayNumber(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Reject dates that Date.UTC silently rolls over, such as 2024-02-30.
  return new Date(t).toISOString().slice(0, 10) === iso ? t / DAY_MS : null;
}

/** Every calendar day of [from, to], inclusive, as `YYYY-MM-DD`; empty when invalid. */
export function daysBetween(from: string, to: string): string[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null || b < a || b - a >= MAX_DAYS) return [];
  const days: string[] = [];
  for (let d = a; d <= b; d++) days.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  return days;
}

/** Known platforms in their fixed order, then any others alphabetically. */
function orderPlatforms(codes: Iterable<string>): string[] {
  const set = new Set(codes);
  const known = PLATFORMS.filter((p) => set.has(p));
  const other = [...set].filter((p) => !isPlatform(p)).sort();
  return [...known, ...other];
}

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i;

function markerHtml(color: unknown): string {
  const c = typeof color === 'string' && SAFE_COLOR.test(color) ? color : '#999';
  return `<span style="display:inline-block;margin-right:6px;border-radius:50%;width:8px;height:8px;background:${c}"></span>`;
}

export function valueFormatter(kind: ValueKind, locale: Locale, trim = false): (v: number | null) => string {
  return kind === 'money'
    ? (v) => formatMoney(v, locale, { trim })
    : (v) => formatNumber(v, locale, { trim });
}

/** One line per platform over every day of the range; days without rows are 0. */
export function dailyLineOption(rows: readonly DailyRow[], opts: DailyLineOpts): ChartOption {
  const { locale, valueKind } = opts;
  const days = daysBetween(opts.from, opts.to);
  const dayIndex = new Map(days.map((d, i) => [d, i]));

  const byPlatform = new Map<string, number[]>();
  for (const row of rows) {
    const i = dayIndex.get(String(row.date).slice(0, 10));
    if (i === undefined) continue;
    const platform = String(row.platform);
    let values = byPlatform.get(platform);
    if (!values) {
      values = new Array<number>(days.length).fill(0);
      byPlatform.set(platform, values);
    }
    const v = Number(row.value);
    if (row.value !== null && Number.isFinite(v)) values[i] += v;
  }

  const platforms = orderPlatforms(byPlatform.keys());
  const names = platforms.map((p) => opts.platformNames?.[p] ?? platformName(p, locale));
  const colors = platforms.map((p) => (isPlatform(p) ? PLATFORM_COLORS[p] : undefined));
  const format = valueFormatter(valueKind, locale);
  const formatAxis = valueFormatter(valueKind, locale, true);
  const round = (v: number) => (valueKind === 'money' ? Math.round(v * 100) / 100 : v);

  const tooltipFormatter = (raw: TooltipComponentFormatterCallbackParams): string => {
    const items = Array.isArray(raw) ? raw : [raw];
    if (items.length === 0) return '';
    const first = items[0] as { axisValue?: unknown; name?: string };
    const day = String(first.axisValue ?? first.name ?? '');
    const lines = [`<div style="margin-bottom:4px">${escapeHtml(formatDate(day, locale, 'long'))}</div>`];
    let total = 0;
    for (const item of items) {
      const idx = item.seriesIndex ?? -1;
      const name = names[idx] ?? item.seriesName ?? '';
      const value = typeof item.value === 'number' ? item.value : Number(item.value);
      if (Number.isFinite(value)) total += value;
      lines.push(
        `<div>${markerHtml(colors[idx] ?? item.color)}${escapeHtml(name)}` +
          `<span style="float:right;margin-left:16px;font-weight:600">${escapeHtml(format(value))}</span></div>`,
      );
    }
    if (items.length > 1) {
      lines.push(
        `<div style="margin-top:4px;border-top:1px solid #eee;padding-top:4px">` +
          `${escapeHtml(translate(locale, 'chart.total'))}` +
          `<span style="float:right;margin-left:16px;font-weight:600">${escapeHtml(format(round(total)))}</span></div>`,
      );
    }
    return lines.join('');
  };

  return {
    animation: days.length <= 400,
    grid: { left: 8, right: 16, top: platforms.length > 1 ? 36 : 16, bottom: days.length > 92 ? 40 : 8 },
    legend: { show: platforms.length > 1, top: 0, data: names },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: days,
      axisLabel: { formatter: (value: string) => formatDate(value, locale, 'short') },
    },
    yAxis: {
      type: 'value',
      axisLabel: { formatter: (value: number) => formatAxis(value) },
    },
    dataZoom: days.length > 92 ? [{ type: 'inside' }, { type: 'slider', height: 20, bottom: 8 }] : [],
    series: platforms.map((p, i) => ({
      type: 'line' as const,
      name: names[i],
      data: (byPlatform.get(p) ?? []).map(round),
      showSymbol: days.length <= 31,
      emphasis: { focus: 'series' as const },
      ...(colors[i] ? { itemStyle: { color: colors[i] }, lineStyle: { color: colors[i] } } : {}),
    })),
  };
}
