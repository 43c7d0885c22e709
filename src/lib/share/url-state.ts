/** The global filters in the URL's query string (`?from=…&to=…&platforms=…`), so a link
 * reproduces what its sender saw. Every key has a parser, a serialiser and a default; a bad value
 * falls back to its default instead of breaking the page. `v` is the schema version: future
 * versions translate old links rather than reject them. */
import { PLATFORMS, isPlatform, type Platform } from '../metrics/platforms.ts';

export const URL_STATE_VERSION = 1;

export interface Filters {
  /** Inclusive YYYY-MM-DD, or null = derived from the data (the latest 30 days). */
  from: string | null;
  to: string | null;
  /** Empty = all platforms. */
  platforms: Platform[];
}

export const DEFAULT_FILTERS: Filters = { from: null, to: null, platforms: [] };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(value: string | null): string | null {
  if (!value || !ISO_DAY.test(value)) return null;
  const d = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : null;
}

export function parsePlatforms(value: string | null): Platform[] {
  if (!value) return [];
  const wanted = new Set(value.split(',').map((s) => s.trim()));
  return PLATFORMS.filter((p) => wanted.has(p) && isPlatform(p));
}

export function parseFilters(search: string): Filters {
  const q = new URLSearchParams(search);
  let from = parseDay(q.get('from'));
  let to = parseDay(q.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to, platforms: parsePlatforms(q.get('platforms')) };
}

/** Writes the filters into an existing query string, keeping unrelated keys. */
export function serializeFilters(filters: Filters, search = ''): string {
  const q = new URLSearchParams(search);
  const set = (key: string, value: string | null) => (value ? q.set(key, value) : q.delete(key));
  set('from', filters.from);
  set('to', filters.to);
  set('platforms', filters.platforms.length ? filters.platforms.join(',') : null);
  if (filters.from || filters.to || filters.platforms.length) q.set('v', String(URL_STATE_VERSION));
  else q.delete('v');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The platforms parameter of every view: comma-separated codes, '' = all. */
export const platformsParam = (filters: Filters) => filters.platforms.join(',');

/** [to − days + 1, to] as YYYY-MM-DD. */
export function lastDays(to: string, days: number): { from: string; to: string } {
  const end = new Date(to + 'T00:00:00Z');
  const start = new Date(end.getTime() - (days - 1) * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to };
}
