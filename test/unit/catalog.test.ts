import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_KEYS, formatMetric, isMetricKey, metricName } from '../../src/lib/metrics/catalog';
import { PLATFORMS, PLATFORM_COLORS, PLATFORM_NAMES, platformName } from '../../src/lib/metrics/platforms';

// DESIGN §3b, copied here on purpose: the catalog must not drift from the design table.
const DESIGN_3B: Record<string, string> = {
  gmv: '支付金额',
  paid_orders: '支付订单数',
  buyers: '支付买家数',
  aov: '客单价',
  refund_amount: '退款金额',
  refund_rate: '退款率',
  net_sales: '净销售额',
  visitors: '访客数',
  conversion_rate: '支付转化率',
  ship_24h_rate: '24小时发货率',
  new_buyer_share: '新买家占比',
  ad_spend: '花费',
  roi: '投产比',
};
const UNITS = ['money', 'count', 'ratio', 'multiple'];

describe('metric catalog', () => {
  it('has exactly the §3b keys, with the §3b Chinese names', () => {
    expect([...METRIC_KEYS].sort()).toEqual(Object.keys(DESIGN_3B).sort());
    for (const [key, zh] of Object.entries(DESIGN_3B)) {
      expect(isMetricKey(key)).toBe(true);
      if (isMetricKey(key)) expect(METRICS[key].name.zh).toBe(zh);
    }
    expect(isMetricKey('gmv_total')).toBe(false);
  });

  it('gives every metric its key, an English name, a unit and definitions in both languages', () => {
    for (const key of METRIC_KEYS) {
      const m = METRICS[key];
      expect(m.key).toBe(key);
      expect(m.name.en.trim()).not.toBe('');
      expect(m.name.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(UNITS).toContain(m.unit);
      expect(m.definition.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.definition.en.trim()).not.toBe('');
      expect(typeof m.higherIsBetter).toBe('boolean');
    }
  });

  it('uses the units and directions the definitions imply', () => {
    expect(METRICS.gmv.unit).toBe('money');
    expect(METRICS.aov.unit).toBe('money');
    expect(METRICS.paid_orders.unit).toBe('count');
    expect(METRICS.refund_rate.unit).toBe('ratio');
    expect(METRICS.conversion_rate.unit).toBe('ratio');
    expect(METRICS.roi.unit).toBe('multiple');
    expect(METRICS.refund_rate.higherIsBetter).toBe(false);
    expect(METRICS.gmv.higherIsBetter).toBe(true);
    expect(METRICS.conversion_rate.higherIsBetter).toBe(true);
  });

  it('formats values by unit', () => {
    expect(formatMetric('gmv', 123456.78, 'zh-CN')).toBe('¥12.35万');
    expect(formatMetric('visitors', 98765, 'en')).toBe('98.77K');
    expect(formatMetric('paid_orders', 812, 'zh-CN')).toBe('812');
    expect(formatMetric('conversion_rate', 0.0345, 'zh-CN')).toBe('3.5%');
    expect(formatMetric('roi', 3.456, 'en')).toBe('3.46');
    expect(formatMetric('refund_rate', null, 'en')).toBe('—');
    expect(metricName('ship_24h_rate', 'zh-CN')).toBe('24小时发货率');
    expect(metricName('gmv', 'en')).toBe('GMV');
  });
});

describe('platforms', () => {
  it('lists the three platforms with names and colours from one place', () => {
    expect([...PLATFORMS]).toEqual(['taobao', 'jd', 'douyin']);
    expect(PLATFORM_NAMES.taobao.zh).toBe('淘宝/天猫');
    expect(platformName('jd', 'zh-CN')).toBe('京东');
    expect(platformName('douyin', 'en')).toBe('Douyin');
    expect(platformName('pdd', 'en')).toBe('pdd');
    expect(PLATFORM_COLORS.taobao).toBe('#ff5000');
    expect(PLATFORM_COLORS.jd).toBe('#e1251b');
    expect(new Set(Object.values(PLATFORM_COLORS)).size).toBe(3);
  });
});
