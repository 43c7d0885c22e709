/** The metric catalog of DESIGN §3b as data. Panels, the tracker and tests name metrics by
 * these keys; names, units and definitions come from here and nowhere else. */
import type { Locale } from '../i18n/strings';
import { formatMoney, formatMultiple, formatNumber, formatPercent, type Num } from '../i18n/format';

export const METRIC_KEYS = [
  'gmv',
  'paid_orders',
  'buyers',
  'aov',
  'refund_amount',
  'refund_rate',
  'net_sales',
  'visitors',
  'conversion_rate',
  'ship_24h_rate',
  'new_buyer_share',
  'ad_spend',
  'roi',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** money: yuan · count: a whole number · ratio: a fraction shown as % · multiple: x times. */
export type MetricUnit = 'money' | 'count' | 'ratio' | 'multiple';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface MetricDef {
  key: MetricKey;
  name: Bilingual;
  unit: MetricUnit;
  /** Drives the colour of a change: a rising refund rate or ad spend is shown as bad. */
  higherIsBetter: boolean;
  definition: Bilingual;
}

type Entry = Omit<MetricDef, 'key'>;

const ENTRIES: Record<MetricKey, Entry> = {
  gmv: {
    name: { zh: '支付金额', en: 'GMV' },
    unit: 'money',
    higherIsBetter: true,
    definition: {
      zh: '窗口内已支付订单的应付金额合计（含运费、扣除优惠），不扣除之后的退款',
      en: 'Sum of amount payable (after discounts, incl. postage) of orders paid in the window; later refunds not deducted',
    },
  },
  paid_orders: {
    name: { zh: '支付订单数', en: 'Paid orders' },
    unit: 'count',
    higherIsBetter: true,
    definition: { zh: '窗口内支付的订单数（去重）', en: 'Distinct orders paid in the window' },
  },
  buyers: {
    name: { zh: '支付买家数', en: 'Paying buyers' },
    unit: 'count',
    higherIsBetter: true,
    definition: {
      zh: '窗口内有已支付订单的买家数（去重）',
      en: 'Distinct buyers with an order paid in the window',
    },
  },
  aov: {
    name: { zh: '客单价', en: 'AOV' },
    unit: 'money',
    higherIsBetter: true,
    definition: { zh: '支付金额 ÷ 支付买家数', en: 'GMV / paying buyers' },
  },
  refund_amount: {
    name: { zh: '退款金额', en: 'Refunds' },
    unit: 'money',
    higherIsBetter: false,
    definition: { zh: '窗口内支付订单的退款合计', en: 'Sum of refunds of orders paid in the window' },
  },
  refund_rate: {
    name: { zh: '退款率', en: 'Refund rate' },
    unit: 'ratio',
    higherIsBetter: false,
    definition: { zh: '退款金额 ÷ 支付金额', en: 'Refunds / GMV' },
  },
  net_sales: {
    name: { zh: '净销售额', en: 'Net sales' },
    unit: 'money',
    higherIsBetter: true,
    definition: { zh: '支付金额 − 退款金额', en: 'GMV − refunds' },
  },
  visitors: {
    name: { zh: '访客数', en: 'Visitors' },
    unit: 'count',
    higherIsBetter: true,
    definition: {
      zh: '流量报表中店铺每日访客数之和',
      en: 'Sum of daily shop visitors from the traffic reports',
    },
  },
  conversion_rate: {
    name: { zh: '支付转化率', en: 'Conversion rate' },
    unit: 'ratio',
    higherIsBetter: true,
    definition: {
      zh: '支付买家数之和 ÷ 访客数之和，均取自流量报表',
      en: 'Sum of paying buyers / sum of visitors, both from the traffic reports',
    },
  },
  ship_24h_rate: {
    name: { zh: '24小时发货率', en: 'Shipped within 24 h' },
    unit: 'ratio',
    higherIsBetter: true,
    definition: {
      zh: '支付后 24 小时内发货的订单数 ÷ 已发货的支付订单数',
      en: 'Paid orders shipped within 24 h of payment / paid orders that shipped',
    },
  },
  new_buyer_share: {
    name: { zh: '新买家占比', en: 'New-buyer share' },
    unit: 'ratio',
    higherIsBetter: true,
    definition: {
      zh: '在库中此前没有已支付订单的买家 ÷ 支付买家数',
      en: 'Buyers with no earlier paid order in the warehouse / paying buyers',
    },
  },
  ad_spend: {
    name: { zh: '花费', en: 'Ad spend' },
    unit: 'money',
    higherIsBetter: false,
    definition: { zh: '广告花费合计', en: 'Sum of ad spend' },
  },
  roi: {
    name: { zh: '投产比', en: 'ROI' },
    unit: 'multiple',
    higherIsBetter: true,
    definition: { zh: '广告归因支付金额 ÷ 广告花费', en: 'Attributed GMV / ad spend' },
  },
};

export const METRICS: Readonly<Record<MetricKey, MetricDef>> = Object.fromEntries(
  METRIC_KEYS.map((key) => [key, { key, ...ENTRIES[key] }]),
) as Record<MetricKey, MetricDef>;

export function isMetricKey(value: unknown): value is MetricKey {
  return typeof value === 'string' && (METRIC_KEYS as readonly string[]).includes(value);
}

export function metricName(key: MetricKey, locale: Locale): string {
  return locale === 'zh-CN' ? METRICS[key].name.zh : METRICS[key].name.en;
}

export function metricDefinition(key: MetricKey, locale: Locale): string {
  return locale === 'zh-CN' ? METRICS[key].definition.zh : METRICS[key].definition.en;
}

export function formatMetric(key: MetricKey, value: Num, locale: Locale): string {
  switch (METRICS[key].unit) {
    case 'money':
      return formatMoney(value, locale);
    case 'count':
      return formatNumber(value, locale);
    case 'ratio':
      return formatPercent(value);
    case 'multiple':
      return formatMultiple(value, locale);
  }
}
