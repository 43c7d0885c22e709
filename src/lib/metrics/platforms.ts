/** The three platforms, their display names and chart colours: the single source for all. */
import type { Locale } from '../i18n/strings';

export const PLATFORMS = ['taobao', 'jd', 'douyin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_NAMES: Readonly<Record<Platform, { zh: string; en: string }>> = {
  taobao: { zh: '淘宝/天猫', en: 'Taobao/Tmall' },
  jd: { zh: '京东', en: 'JD' },
  douyin: { zh: '抖音', en: 'Douyin' },
};

// Brand colours, except Douyin: its black reads as an axis or a total line and its cyan
// vanishes on white, so it gets a dark teal that still sits apart from the two reds.
export const PLATFORM_COLORS: Readonly<Record<Platform, string>> = {
  taobao: '#ff5000',
  jd: '#e1251b',
  douyin: '#0e7c86',
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

/** Display name; an unknown code is returned as is (callers escape it like any data). */
export function platformName(platform: string, locale: Locale): string {
  if (!isPlatform(platform)) return platform;
  return locale === 'zh-CN' ? PLATFORM_NAMES[platform].zh : PLATFORM_NAMES[platform].en;
}
