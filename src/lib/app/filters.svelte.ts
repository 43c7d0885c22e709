import { getContext, setContext } from 'svelte';
import type { Platform } from '../metrics/platforms.ts';
import { lastDays, parseFilters, serializeFilters, type Filters } from '../share/url-state.ts';

export const DEFAULT_WINDOW_DAYS = 30;

/** The global filters, read from the URL and written back only by user actions (a filter the
 * user did not set is derived, and stays out of the URL so links don't pin stale defaults). */
export class FilterState {
  value = $state<Filters>(parseFilters(location.search));

  constructor() {
    window.addEventListener('popstate', () => (this.value = parseFilters(location.search)));
  }

  set(next: Partial<Filters>): void {
    this.value = { ...this.value, ...next };
    const search = serializeFilters(this.value, location.search);
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  togglePlatform(p: Platform, all: readonly Platform[]): void {
    const current = this.value.platforms.length ? this.value.platforms : [...all];
    const next = current.includes(p) ? current.filter((x) => x !== p) : [...current, p];
    this.set({
      platforms: next.length === all.length || next.length === 0 ? [] : all.filter((x) => next.includes(x)),
    });
  }

  /** The window the panels query: the URL's, else the latest 30 days of data, else of today. */
  window(lastDataDay: string | null): { from: string; to: string } {
    const { from, to } = this.value;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
    const fallbackEnd = lastDataDay ?? new Date().toISOString().slice(0, 10);
    if (from && to) return { from, to };
    if (from) return { from, to: from > fallbackEnd ? from : fallbackEnd };
    if (to) return lastDays(to, DEFAULT_WINDOW_DAYS);
    return lastDays(fallbackEnd, DEFAULT_WINDOW_DAYS);
  }
}

const KEY = Symbol('filters');
export const setFilters = (f: FilterState) => setContext(KEY, f);
export function getFilters(): FilterState {
  const f = getContext<FilterState | undefined>(KEY);
  if (!f) throw new Error('getFilters() outside <App>: call setFilters first');
  return f;
}
