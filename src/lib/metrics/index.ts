export { METRIC_KEYS, METRICS, isMetricKey, metricName, metricDefinition, formatMetric } from './catalog';
export type { MetricKey, MetricUnit, MetricDef, Bilingual } from './catalog';
export { PLATFORMS, PLATFORM_NAMES, PLATFORM_COLORS, isPlatform, platformName } from './platforms';
export type { Platform } from './platforms';
