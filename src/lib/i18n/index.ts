export { LOCALES, DEFAULT_LOCALE, isLocale, translate, STRINGS } from './strings';
export type { Locale, StringKey, StringParams } from './strings';
export {
  DASH,
  MINUS,
  formatNumber,
  formatMoney,
  formatPercent,
  formatMultiple,
  formatChange,
  changeRatio,
  formatDate,
} from './format';
export type { Num, NumberOptions, DateStyle } from './format';
export { getLocale, setLocale, t, LOCALE_STORAGE_KEY } from './locale.svelte';
