export { default as Chart } from './Chart.svelte';
export type { ChartOption } from './echarts';
export { escapeHtml } from './escape';
export { dailyLineOption, daysBetween, valueFormatter } from './options';
export type { DailyRow, DailyLineOpts, ValueKind } from './options';
