/** The current locale as rune state: components that call t() or getLocale() re-render when
 * it changes. Persisted in localStorage; storage may be missing (Node, SSR) or throw
 * (sandboxed iframes, some private modes), so every access is guarded. */
import {
  DEFAULT_LOCALE,
  isLocale,
  translate,
  type Locale,
  type StringKey,
  type StringParams,
} from './strings';

export const LOCALE_STORAGE_KEY = 'zhanggui.locale';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readStored(): Locale {
  try {
    const stored = storage()?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const initial = readStored();
let current = $state<Locale>(initial);

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

applyToDocument(initial);

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (!isLocale(locale)) return;
  current = locale;
  applyToDocument(locale);
  try {
    storage()?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Quota or privacy mode: the choice still holds for this session.
  }
}

export function t(key: StringKey, params?: StringParams): string {
  return translate(current, key, params);
}
