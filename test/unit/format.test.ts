import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  changeRatio,
  formatChange,
  formatDate,
  formatMoney,
  formatMultiple,
  formatNumber,
  formatPercent,
} from '../../src/lib/i18n/format';
import { STRINGS, translate, type Locale } from '../../src/lib/i18n/strings';

describe('formatNumber zh-CN', () => {
  const f = (v: number | null | undefined) => formatNumber(v, 'zh-CN');

  it('keeps plain numbers below 1万 with thousands separators', () => {
    expect(f(0)).toBe('0');
    expect(f(999)).toBe('999');
    expect(f(9999)).toBe('9,999');
    expect(f(1234.5)).toBe('1,234.5');
  });

  it('switches to 万 at 10,000 and to 亿 at 100,000,000', () => {
    expect(f(10000)).toBe('1.00万');
    expect(f(123456)).toBe('12.35万');
    expect(f(99_994_999)).toBe('9,999.50万');
    expect(f(100_000_000)).toBe('1.00亿');
    expect(f(123_456_789)).toBe('1.23亿');
    expect(f(1_234_567_890_123)).toBe('12,345.68亿');
  });

  it('promotes a value that rounds up across a boundary', () => {
    expect(f(9999.999)).toBe('1.00万');
    expect(f(99_999_999)).toBe('1.00亿');
  });

  it('signs negatives and never prints -0', () => {
    expect(f(-123456)).toBe('-12.35万');
    expect(f(-5)).toBe('-5');
    expect(f(-0.001)).toBe('0');
  });

  it('returns the dash for null, undefined, NaN and Infinity', () => {
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) expect(f(v)).toBe('—');
  });

  it('accepts bigint and digit/trim options', () => {
    expect(formatNumber(123456n, 'zh-CN')).toBe('12.35万');
    expect(formatNumber(15000, 'zh-CN', { trim: true })).toBe('1.5万');
    expect(formatNumber(123456, 'zh-CN', { digits: 1 })).toBe('12.3万');
  });
});

describe('formatNumber en', () => {
  const f = (v: number | null) => formatNumber(v, 'en');
  it('uses separators below 10,000 and K/M/B above', () => {
    expect(f(9999)).toBe('9,999');
    expect(f(12345)).toBe('12.35K');
    expect(f(999_999)).toBe('1.00M');
    expect(f(1_234_567)).toBe('1.23M');
    expect(f(4_500_000_000)).toBe('4.50B');
    expect(f(-12345)).toBe('-12.35K');
    expect(f(null)).toBe('—');
  });
});

describe('formatMoney', () => {
  it('prefixes ¥ and uses the same units', () => {
    expect(formatMoney(1234.5, 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(1234, 'zh-CN')).toBe('¥1,234');
    expect(formatMoney(123456.78, 'zh-CN')).toBe('¥12.35万');
    expect(formatMoney(250_000_000, 'zh-CN')).toBe('¥2.50亿');
    expect(formatMoney(123456.78, 'en')).toBe('¥123.46K');
    expect(formatMoney(-300, 'zh-CN')).toBe('-¥300');
    expect(formatMoney(NaN, 'en')).toBe('—');
  });
});

describe('formatPercent and formatMultiple', () => {
  it('shows a fraction as a percentage', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.05)).toBe('5.0%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(-0.021)).toBe('-2.1%');
    expect(formatPercent(0.12345, 2)).toBe('12.35%');
    expect(formatPercent(null)).toBe('—');
  });
  it('shows a multiple with two decimals', () => {
    expect(formatMultiple(3.254, 'zh-CN')).toBe('3.25');
    expect(formatMultiple(undefined, 'en')).toBe('—');
  });
});

describe('formatChange', () => {
  it('formats the relative change with a sign', () => {
    expect(formatChange(112.3, 100)).toBe('+12.3%');
    expect(formatChange(96, 100)).toBe('−4.0%');
    expect(formatChange(100, 100)).toBe('0.0%');
    expect(formatChange(100.0001, 100)).toBe('0.0%');
  });
  it('compares against the size of a negative previous value', () => {
    expect(changeRatio(-50, -100)).toBeCloseTo(0.5);
    expect(formatChange(-50, -100)).toBe('+50.0%');
  });
  it('returns the dash when previous is 0 or either side is missing', () => {
    expect(formatChange(10, 0)).toBe('—');
    expect(formatChange(10, null)).toBe('—');
    expect(formatChange(null, 10)).toBe('—');
    expect(formatChange(NaN, 10)).toBe('—');
    expect(changeRatio(10, 0)).toBeNull();
  });
});

describe('formatDate', () => {
  it('formats calendar-day strings literally in each style', () => {
    expect(formatDate('2024-11-11', 'zh-CN')).toBe('2024-11-11');
    expect(formatDate('2024-11-11', 'zh-CN', 'short')).toBe('11月11日');
    expect(formatDate('2024-11-11', 'zh-CN', 'long')).toBe('2024年11月11日');
    expect(formatDate('2024-11-11', 'zh-CN', 'month')).toBe('2024年11月');
    expect(formatDate('2024-06-01', 'en', 'short')).toBe('Jun 1');
    expect(formatDate('2024-06-01 23:59:00', 'en', 'long')).toBe('Jun 1, 2024');
    expect(formatDate('2024-06-01', 'en', 'month')).toBe('Jun 2024');
  });
  it('reads Date objects in Asia/Shanghai', () => {
    // 16:30 UTC on 10 Nov is 00:30 on 11 Nov in Shanghai.
    expect(formatDate(new Date(Date.UTC(2024, 10, 10, 16, 30)), 'zh-CN')).toBe('2024-11-11');
  });
  it('returns the dash for missing or invalid input', () => {
    expect(formatDate(null, 'zh-CN')).toBe('—');
    expect(formatDate('yesterday', 'en')).toBe('—');
    expect(formatDate('2024-13-01', 'en')).toBe('—');
    expect(formatDate(new Date(NaN), 'en')).toBe('—');
  });
});

describe('strings', () => {
  it('has the same keys and no empty strings in both locales', () => {
    const zh = Object.keys(STRINGS['zh-CN']).sort();
    expect(Object.keys(STRINGS.en).sort()).toEqual(zh);
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      for (const value of Object.values(STRINGS[locale])) expect(value.trim()).not.toBe('');
    }
    expect(STRINGS['zh-CN']['app.name']).toBe('掌柜看板');
    expect(STRINGS.en['nav.tracker']).toBe('Tracker');
  });
  it('interpolates params, formats numbers per locale and leaves unknown placeholders', () => {
    expect(translate('zh-CN', 'import.rowsRead', { count: 12345 })).toBe('读取 12,345 行');
    expect(translate('en', 'import.running', { name: 'a.csv' })).toBe('Importing a.csv…');
    expect(translate('en', 'import.rowsRead')).toBe('{count} rows read');
    expect(translate('en', 'import.unsupported', { nam: 'x' })).toBe('Unsupported file: {name}');
  });
});

describe('locale state', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('defaults to zh-CN without localStorage and switches t()', async () => {
    const { getLocale, setLocale, t } = await import('../../src/lib/i18n/locale.svelte');
    expect(getLocale()).toBe('zh-CN');
    expect(t('nav.funnel')).toBe('漏斗');
    setLocale('en');
    expect(t('nav.funnel')).toBe('Funnel');
  });

  it('reads and writes the choice under zhanggui.locale', async () => {
    const store = new Map<string, string>([['zhanggui.locale', 'en']]);
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    });
    const { getLocale, setLocale } = await import('../../src/lib/i18n/locale.svelte');
    expect(getLocale()).toBe('en');
    setLocale('zh-CN');
    expect(store.get('zhanggui.locale')).toBe('zh-CN');
  });

  it('ignores a stored value that is not a locale, and a storage that throws', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => 'fr',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    const { getLocale, setLocale } = await import('../../src/lib/i18n/locale.svelte');
    expect(getLocale()).toBe('zh-CN');
    expect(() => setLocale('en')).not.toThrow();
    expect(getLocale()).toBe('en');
  });
});
