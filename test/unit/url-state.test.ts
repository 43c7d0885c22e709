import { describe, expect, it } from 'vitest';
import { lastDays, parseFilters, serializeFilters } from '../../src/lib/share/url-state.ts';

describe('URL filter state', () => {
  it('parses from, to and platforms', () => {
    expect(parseFilters('?from=2026-11-01&to=2026-11-11&platforms=jd,taobao')).toEqual({
      from: '2026-11-01',
      to: '2026-11-11',
      platforms: ['taobao', 'jd'],
    });
  });

  it('falls back to defaults for bad values instead of failing', () => {
    expect(parseFilters('?from=2026-02-30&to=yesterday&platforms=amazon,,douyin')).toEqual({
      from: null,
      to: null,
      platforms: ['douyin'],
    });
  });

  it('swaps a reversed range', () => {
    expect(parseFilters('?from=2026-11-11&to=2026-11-01')).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-11',
    });
  });

  it('round-trips and keeps unrelated keys', () => {
    const f = { from: '2026-10-01', to: '2026-10-31', platforms: ['douyin' as const] };
    const s = serializeFilters(f, '?lang=en&platforms=jd');
    expect(new URLSearchParams(s).get('lang')).toBe('en');
    expect(parseFilters(s)).toEqual(f);
    expect(serializeFilters({ from: null, to: null, platforms: [] }, '?from=2026-01-01&v=1')).toBe('');
  });

  it('computes an inclusive window of n days', () => {
    expect(lastDays('2026-11-20', 30)).toEqual({ from: '2026-10-22', to: '2026-11-20' });
    expect(lastDays('2026-03-01', 2)).toEqual({ from: '2026-02-28', to: '2026-03-01' });
  });
});
