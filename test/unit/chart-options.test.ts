import { describe, expect, it } from 'vitest';
import { dailyLineOption, daysBetween, type DailyRow } from '../../src/lib/charts/options';
import { escapeHtml } from '../../src/lib/charts/escape';
import type { ChartOption } from '../../src/lib/charts/echarts';

interface LineSeries {
  name: string;
  data: number[];
  lineStyle?: { color: string };
}
type Formatter = (params: unknown) => string;

const series = (o: ChartOption) => o.series as LineSeries[];
const xDays = (o: ChartOption) => (o.xAxis as { data: string[] }).data;
const tooltip = (o: ChartOption) => (o.tooltip as { formatter: Formatter }).formatter;
const axisLabel = (o: ChartOption, axis: 'xAxis' | 'yAxis') =>
  (o[axis] as { axisLabel: { formatter: (v: never) => string } }).axisLabel.formatter;

const base = { from: '2024-11-09', to: '2024-11-12', locale: 'zh-CN' as const, valueKind: 'money' as const };

describe('daysBetween', () => {
  it('lists every day inclusive, across month and leap-day boundaries', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(daysBetween('2024-11-11', '2024-11-11')).toEqual(['2024-11-11']);
  });
  it('is empty for reversed, malformed or impossible dates', () => {
    expect(daysBetween('2024-11-12', '2024-11-11')).toEqual([]);
    expect(daysBetween('2024/11/01', '2024-11-11')).toEqual([]);
    expect(daysBetween('2023-02-29', '2023-03-01')).toEqual([]);
  });
});

describe('dailyLineOption', () => {
  const rows: DailyRow[] = [
    { date: '2024-11-11', platform: 'douyin', value: 300 },
    { date: '2024-11-09', platform: 'taobao', value: 100 },
    { date: '2024-11-11', platform: 'taobao', value: 150000 },
    { date: '2024-11-11', platform: 'taobao', value: 0.5 },
    { date: '2024-11-12', platform: 'jd', value: null },
    { date: '2024-11-30', platform: 'jd', value: 999 },
  ];

  it('puts every day of the range on the x axis and fills missing days with 0', () => {
    const o = dailyLineOption(rows, base);
    expect(xDays(o)).toEqual(['2024-11-09', '2024-11-10', '2024-11-11', '2024-11-12']);
    const taobao = series(o).find((s) => s.name === '淘宝/天猫');
    expect(taobao?.data).toEqual([100, 0, 150000.5, 0]);
  });

  it('makes one series per platform in the fixed order, with the fixed colours', () => {
    const o = dailyLineOption(rows, base);
    expect(series(o).map((s) => s.name)).toEqual(['淘宝/天猫', '京东', '抖音']);
    expect(series(o)[0].lineStyle?.color).toBe('#ff5000');
    expect(series(o)[1].lineStyle?.color).toBe('#e1251b');
    // Out-of-range and null rows add nothing, but the platform still gets its line.
    expect(series(o)[1].data).toEqual([0, 0, 0, 0]);
  });

  it('uses given platform names and keeps unknown platforms after known ones', () => {
    const o = dailyLineOption([...rows, { date: '2024-11-10', platform: 'pdd', value: 7 }], {
      ...base,
      locale: 'en',
      platformNames: { taobao: 'Tmall flagship' },
    });
    expect(series(o).map((s) => s.name)).toEqual(['Tmall flagship', 'JD', 'Douyin', 'pdd']);
    expect(series(o)[3].data).toEqual([0, 7, 0, 0]);
  });

  it('escapes platform and series names from data in the tooltip', () => {
    const evil = '<script>alert(1)</script>';
    const o = dailyLineOption([{ date: '2024-11-11', platform: evil, value: 123456 }], base);
    const html = tooltip(o)([
      { seriesIndex: 0, seriesName: evil, axisValue: '2024-11-11', value: 123456, color: 'red' },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('2024年11月11日');
  });

  it('escapes a series name passed through platformNames too', () => {
    const o = dailyLineOption(rows, { ...base, platformNames: { jd: '<img src=x onerror=alert(1)>' } });
    const html = tooltip(o)([{ seriesIndex: 1, seriesName: 'ignored', axisValue: '2024-11-11', value: 1 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('formats tooltip values with 万/亿 and adds a total', () => {
    const o = dailyLineOption(rows, base);
    const html = tooltip(o)([
      { seriesIndex: 0, seriesName: '淘宝/天猫', axisValue: '2024-11-11', value: 150000.5 },
      { seriesIndex: 1, seriesName: '京东', axisValue: '2024-11-11', value: 0 },
      { seriesIndex: 2, seriesName: '抖音', axisValue: '2024-11-11', value: 300 },
    ]);
    expect(html).toContain('¥15.00万');
    expect(html).toContain('¥0');
    expect(html).toContain('¥300');
    expect(html).toContain('合计');
    expect(html).toContain('¥15.03万');
    expect(html).toContain('#ff5000');
  });

  it('formats axis labels with units and dates for the locale', () => {
    const zh = dailyLineOption(rows, { ...base, valueKind: 'count' });
    expect(axisLabel(zh, 'yAxis')(250_000_000 as never)).toBe('2.5亿');
    expect(axisLabel(zh, 'yAxis')(15000 as never)).toBe('1.5万');
    expect(axisLabel(zh, 'xAxis')('2024-11-11' as never)).toBe('11月11日');
    const en = dailyLineOption(rows, { ...base, locale: 'en' });
    expect(axisLabel(en, 'yAxis')(15000 as never)).toBe('¥15K');
    expect(axisLabel(en, 'xAxis')('2024-11-11' as never)).toBe('Nov 11');
  });

  it('gives an empty chart for an invalid range', () => {
    const o = dailyLineOption(rows, { ...base, from: '2024-11-12', to: '2024-11-01' });
    expect(xDays(o)).toEqual([]);
    expect(series(o)).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and tolerates null', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});
