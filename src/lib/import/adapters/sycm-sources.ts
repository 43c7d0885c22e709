import { LINEAGE } from './common.ts';
import type { ReportAdapter } from '../report.ts';

const COUNTS = [
  'visitors',
  'new_visitors',
  'order_buyers',
  'paid_buyers',
  'add_cart_buyers',
  'favorite_buyers',
  'follow_shop_buyers',
  'direct_paid_buyers',
];
const MONEY = ['order_amount', 'paid_amount'];

/** 生意参谋 → 流量 → 店铺来源 (.xls, header on row 6 under a preamble, value/变化 pairs),
 * reference §2.6. One file per day has no date column: its date is the period the preamble (or
 * the file name) states, when that period is one day. The 变化 columns are not facts: ignored. */
export const sycmShopSources: ReportAdapter = {
  id: 'sycm_shop_sources',
  platform: 'taobao',
  title: { zh: '生意参谋 店铺来源', en: 'Taobao 生意参谋 shop traffic sources' },
  fields: {
    date: ['日期', '统计日期'],
    source_l1: ['一级来源', '来源'],
    source_l2: ['二级来源', '来源明细'],
    source_l3: ['三级来源'],
    visitors: ['访客数'],
    new_visitors: ['新访客'],
    order_buyers: ['下单买家数'],
    order_amount: ['下单金额'],
    paid_buyers: ['支付买家数'],
    paid_amount: ['支付金额'],
    reported_conversion: ['支付转化率'],
    add_cart_buyers: ['加购人数'],
    favorite_buyers: ['商品收藏人数', '收藏人数', '收藏商品买家数'],
    follow_shop_buyers: ['关注店铺人数', '关注店铺买家数'],
    direct_paid_buyers: ['直接支付买家数'],
  },
  required: ['source_l1', 'visitors', 'paid_buyers'],
  personal: [],
  stage: (c) =>
    [
      `coalesce(timestamp_of(${c('date')})::DATE,
        CASE WHEN $period_start <> '' AND $period_start = $period_end THEN TRY_CAST($period_start AS DATE) END) AS date`,
      `coalesce(${c('date')}, $period_start || '~' || $period_end) AS date_raw`,
      `${c('source_l1')} AS source_l1`,
      `${c('source_l2')} AS source_l2`,
      `${c('source_l3')} AS source_l3`,
      `concat_ws(' / ', ${c('source_l1')}, ${c('source_l2')}, ${c('source_l3')}) AS source`,
      ...COUNTS.map((f) => `int_of(${c(f)}) AS ${f}`),
      ...MONEY.map((f) => `amount_of(${c(f)}) AS ${f}`),
      `ratio_of(${c('reported_conversion')}) AS reported_conversion`,
    ].join(',\n    '),
  skip: `source_l1 IN ('合计', '总计', '汇总', '全部')`,
  rejects: [
    {
      field: 'date',
      when: 'date IS NULL',
      value: 'date_raw',
      reason: {
        zh: '没有日期：请按天导出（统计日期为同一天），或导出带「日期」列的按日数据',
        en: 'no date: export one day at a time, or the by-day export with a 日期 column',
      },
    },
    {
      field: 'source_l1',
      when: 'source_l1 IS NULL',
      value: 'source',
      reason: { zh: '一级来源为空', en: 'the level-1 source is empty' },
    },
  ],
  targets: [
    {
      table: 'traffic_daily',
      key: ['platform', 'shop', 'date', 'source'],
      columns: {
        platform: `'taobao'`,
        shop: `''`,
        date: 'date',
        source: 'source',
        source_group: `source_group_of(concat_ws(' ', source_l1, source_l2, source_l3), NULL)`,
        source_l1: 'source_l1',
        source_l2: 'source_l2',
        source_l3: 'source_l3',
        ...Object.fromEntries([...COUNTS, ...MONEY, 'reported_conversion'].map((f) => [f, f])),
        ...LINEAGE,
      },
    },
  ],
};
